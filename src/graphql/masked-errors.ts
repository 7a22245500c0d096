// Turns errors into what a client sees: a RuleError keeps its code and details; anything unexpected is masked as
// "Unexpected error." with code INTERNAL_SERVER_ERROR, never with its message or stack, whatever NODE_ENV says.
// The original of each masked error is kept, so the request's log line can carry it.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { RuleError } from '../rules/rule-error.js';

const originals = new WeakMap<Error, unknown>();

/** The error a masked error stands for, if it is one. */
export function originalOf(error: GraphQLError): unknown {
  return originals.get(error);
}

export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof RuleError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: original.code, ...original.details },
    });
  }
  const masked = yogaMaskError(error, message, false);
  if (masked !== error) originals.set(masked, original ?? error);
  return masked;
}
