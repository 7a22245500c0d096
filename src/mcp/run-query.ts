// Runs one of the MCP server's fixed GraphQL documents on the schema the service serves: the same resolvers, so the
// same rules, as a GraphQL client gets. Errors get the codes GraphQL clients get (src/graphql/client-errors.ts): a rule's
// code and details, BAD_USER_INPUT with the valid values for an argument that does not coerce, and
// INTERNAL_SERVER_ERROR, never the message, for anything unexpected.
import { execute, parse, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import { schema } from '../graphql/schema.js';
import { clientErrors, type ClientError } from '../graphql/client-errors.js';
import type { Context } from '../graphql/builder.js';

export type QueryOutcome = { data: Record<string, unknown>; errors?: undefined } | { data?: undefined; errors: ClientError[] };

/** A document checked against the schema once, when the module loads: a drift fails at start-up, not on a call. */
export function checkedDocument(source: string): DocumentNode {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`An MCP document does not fit the schema: ${errors.map((e) => e.message).join(' ')}`);
  return document;
}

/** Called with the error behind each masked one, so it can be logged with its stack. */
export type UnexpectedErrorReport = (error: unknown) => void;

export async function runQuery(
  context: Context,
  document: DocumentNode,
  variables: Record<string, unknown>,
  reportUnexpected: UnexpectedErrorReport,
): Promise<QueryOutcome> {
  const result = (await execute({ schema, document, variableValues: variables, contextValue: context })) as ExecutionResult;
  if (!result.errors || result.errors.length === 0) return { data: result.data as Record<string, unknown> };
  return { errors: clientErrors(result.errors, reportUnexpected) };
}
