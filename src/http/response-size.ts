// A limit on the size of an answer: a small request can ask for a large one (`matrix` under 15 aliases is 260 KB
// from a 2 KB request), which costs the server its serialisation and the network its bytes, over and over. An
// answer over GRAPHQL_MAX_RESPONSE_BYTES is replaced by one error, QUERY_LIMIT_EXCEEDED with limit `responseBytes`,
// asking for fewer fields or aliases.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { QUERY_LIMIT_EXCEEDED } from './query-limits.js';

/** The bytes of the answer's JSON, as it would be sent. */
export function answerBytes(json: string): number {
  return Buffer.byteLength(json);
}

export function tooLargeResult(bytes: number, max: number): ExecutionResult {
  return {
    errors: [
      new GraphQLError(
        `The answer would be ${bytes} bytes; at most ${max} are sent (GRAPHQL_MAX_RESPONSE_BYTES). Ask for fewer fields or aliases, or page with first and after.`,
        { extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'responseBytes', max } },
      ),
    ],
  };
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);
}

export function useResponseSizeLimit(max: number): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!isExecutionResult(result) || result.data == null) return;
          const bytes = answerBytes(JSON.stringify(result));
          if (bytes > max) setResult(tooLargeResult(bytes, max));
        },
      };
    },
  };
}
