// The page's questions answered in-process through the GraphQL schema, as /graphql answers them (errors coded by
// the same masking), so a question asked in the page's URL is rendered from the API's own answer.
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { schema } from '../graphql/schema.js';
import { clientErrors } from '../graphql/client-errors.js';
import type { Context } from '../graphql/builder.js';
import type { PageError } from './assets/render.js';

export interface PageAnswer {
  data: Record<string, unknown> | null;
  errors: PageError[];
}

const documents = new Map<string, DocumentNode>();

function documentOf(query: string): DocumentNode {
  let document = documents.get(query);
  if (document === undefined) {
    document = parse(query);
    const problems = validate(schema, document);
    // The page's own queries: a mistake in one is a bug, found by the first test that renders it.
    if (problems.length > 0) throw new Error(`page query is not valid: ${problems.map((p) => p.message).join('; ')}`);
    documents.set(query, document);
  }
  return document;
}

export async function answerPageQuery(context: Context, query: string, variables: Record<string, unknown>): Promise<PageAnswer> {
  const result = await execute({ schema, document: documentOf(query), variableValues: variables, contextValue: context });
  return { data: (result.data as Record<string, unknown> | null | undefined) ?? null, errors: clientErrors(result.errors ?? []) };
}
