// graphql-armor with every limit set here, none left to the library's defaults. A rejected document gets code
// QUERY_LIMIT_EXCEEDED and names the limit and its value.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../config.js';

export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

// graphql-armor checks some limits from inside the parser, so graphql-js words its refusal "Syntax Error: ...":
// the document is valid, only too large, so that prefix goes. Like a validation error, a refusal is 400 for a client
// that asks for application/graphql-response+json and 200 for application/json (GraphQL over HTTP).
const SYNTAX_ERROR_PREFIX = /^Syntax Error: /;
const AS_VALIDATION_ERROR = { spec: true, status: 400 };

function rejection(limit: string, max: number) {
  return {
    exposeLimits: true,
    propagateOnRejection: true,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        error.message = error.message.replace(SYNTAX_ERROR_PREFIX, '');
        Object.assign(error.extensions, { code: QUERY_LIMIT_EXCEEDED, limit, max, http: AS_VALIDATION_ERROR });
      },
    ],
  };
}

export function useQueryLimits(limits: QueryLimits): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { enabled: true, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: false, ...rejection('depth', limits.maxDepth) },
    maxAliases: { enabled: true, n: limits.maxAliases, allowList: [], ...rejection('aliases', limits.maxAliases) },
    costLimit: {
      enabled: true,
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      fragmentRecursionCost: 1000,
      ignoreIntrospection: true,
      flattenFragments: false,
      ...rejection('cost', limits.maxCost),
    },
    maxTokens: { enabled: true, n: limits.maxTokens, ...rejection('tokens', limits.maxTokens) },
    maxDirectives: { enabled: true, n: limits.maxDirectives, ...rejection('directives', limits.maxDirectives) },
    // Off: error coding (src/graphql/error-coding.ts) cuts suggestions when schema discovery is off, enum value suggestions too, which this misses.
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}
