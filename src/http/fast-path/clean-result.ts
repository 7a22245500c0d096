// Whether a GraphQL result may be answered in front of graphql-yoga or kept: a single result without any error.
// Anything else (errors, partial results, a stream) is the pipeline's to answer.
import type { ExecutionResult } from 'graphql';

export function isCleanResult(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result) || Symbol.asyncIterator in result) return false;
  const { errors } = result as ExecutionResult;
  return errors === undefined || errors.length === 0;
}
