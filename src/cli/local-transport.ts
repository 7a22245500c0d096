// The CLI's answers without a service: the embedded database's knowledge and the service's schema, in this process.
// main.ts imports this module only when no --endpoint is given, so a remote answer loads neither.
import { graphql } from 'graphql';
import { schema } from '../graphql/schema.js';
import { DEFAULT_INPUT_LIMITS } from '../rules/input-limits.js';
import { RuleError } from '../rules/rule-error.js';
import { openEmbeddedKnowledge } from './embedded-knowledge.js';
import type { Transport } from './transport.js';

/**
 * The embedded database's knowledge and the service's schema, executed in this process. Lighter than the service's
 * graphql-yoga pipeline (no HTTP, logging, metrics or query limits to load), so an answer takes a fraction of a second.
 */
export async function localTransport(): Promise<Transport> {
  const knowledge = await openEmbeddedKnowledge();
  return async (query, variables) => {
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue: { knowledge, inputLimits: DEFAULT_INPUT_LIMITS } });
    // Coded as the service codes them (src/graphql/masked-errors.ts): a rule's error keeps its code and details. The CLI's own
    // documents are valid, so an error outside any field is about a value the user gave (a variable that does not
    // coerce).
    const errors = result.errors?.map(({ message, originalError, path }) =>
      originalError instanceof RuleError
        ? { message, extensions: { code: originalError.code, ...originalError.details } }
        : { message, extensions: { code: path ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } },
    );
    return { data: result.data, ...(errors ? { errors } : {}) };
  };
}
