// Every error a client sees carries extensions.code. graphql-js leaves syntax, validation and variable coercion
// errors without one; each phase gets its own code here. With schema discovery on, an error about an enum value lists
// the valid values; with it off, graphql-js's suggestions ("Did you mean ...?", for fields, arguments, types and enum
// values) are cut. The service's pipeline (src/http/graphql-server/use-error-codes.ts), the page and MCP all code
// errors through it.
import { GraphQLEnumType, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';

export const ERROR_CODES = {
  parse: 'GRAPHQL_PARSE_FAILED',
  validation: 'GRAPHQL_VALIDATION_FAILED',
  badInput: 'BAD_USER_INPUT',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

const ENUM_IN_MESSAGE = /does not exist in "(\w+)" enum/;
// graphql-js ends a message with its suggestion.
const SUGGESTION = / Did you mean .*\?$/;

export interface CodingOptions {
  schema: GraphQLSchema;
  schemaDiscovery: boolean;
}

export function withCode(error: GraphQLError, options: CodingOptions, fallbackCode: string): GraphQLError {
  const enumName = options.schemaDiscovery ? ENUM_IN_MESSAGE.exec(error.message)?.[1] : undefined;
  const enumType = enumName ? options.schema.getType(enumName) : undefined;
  const validValues = enumType instanceof GraphQLEnumType ? enumType.getValues().map((v) => v.name) : undefined;
  const message = options.schemaDiscovery ? error.message : error.message.replace(SUGGESTION, '');
  if (error.extensions.code && !validValues && message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...error.extensions,
      code: error.extensions.code ?? fallbackCode,
      ...(validValues ? { validValues } : {}),
    },
  });
}

// An execution error without a path is a request error (a variable that does not coerce); one with a path was
// thrown by a resolver and went through error masking.
export function coded(result: ExecutionResult, options: CodingOptions): ExecutionResult {
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map((e) => withCode(e, options, e.path ? ERROR_CODES.internal : ERROR_CODES.badInput)) };
}

