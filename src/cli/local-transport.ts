// The CLI's answers without a service: the embedded database's knowledge and the service's schema, in this process.
// main.ts imports this module only when no --endpoint is given, so a remote answer loads neither.
import { graphql } from 'graphql';
import { clientErrors } from '../graphql/client-errors.js';
import { schema } from '../graphql/schema.js';
import { DEFAULT_INPUT_LIMITS } from '../rules/input-limits.js';
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
    // Masked and coded as the service's pipeline does (src/graphql/client-errors.ts).
    const errors = result.errors && clientErrors(result.errors);
    return { data: result.data, ...(errors ? { errors } : {}) };
  };
}
