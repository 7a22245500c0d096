// graphql-armor with every limit set here, none left to the library's defaults. A rejected document gets code
// QUERY_LIMIT_EXCEEDED and names the limit and its value.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from './config.js';

export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

function rejection(limit: string, max: number) {
  return {
    exposeLimits: true,
    propagateOnRejection: true,
    onReject: [(_context: unknown, error: GraphQLError) => Object.assign(error.extensions, { code: QUERY_LIMIT_EXCEEDED, limit, max })],
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
    // Off: error-codes.ts cuts suggestions when schema discovery is off, enum value suggestions too, which this misses.
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}
