// Turns errors into what a client sees: a RuleError keeps its code and details; anything unexpected is masked.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { RuleError } from '../rules/rule-error.js';

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof RuleError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: original.code, ...original.details },
    });
  }
  return yogaMaskError(error, message, isDev);
}
