// The pipeline's errors coded by phase (src/graphql/error-coding.ts): parse, validation, execution. graphql-yoga's own
// request errors come with their codes, and the fuzz test checks that none goes without.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES, coded, withCode, type CodingOptions } from '../../graphql/error-coding.js';

function isExecutionResult(value: unknown): value is ExecutionResult {
  return typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);
}

export function useErrorCodes(options: CodingOptions): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, options, ERROR_CODES.parse));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((e) => withCode(e, options, ERROR_CODES.validation)));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isExecutionResult(result)) setResult(coded(result, options));
        },
      };
    },
  };
}
