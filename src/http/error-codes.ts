// Every error a client sees carries extensions.code, and an error about an enum value lists the valid values.
// graphql-js leaves variable coercion errors without a code; validation errors name the enum but not its values.
import { GraphQLEnumType, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const ENUM_IN_MESSAGE = /does not exist in "(\w+)" enum/;

function withCode(error: GraphQLError, schema: GraphQLSchema, fallbackCode: string): GraphQLError {
  const enumName = ENUM_IN_MESSAGE.exec(error.message)?.[1];
  const enumType = enumName ? schema.getType(enumName) : undefined;
  const validValues = enumType instanceof GraphQLEnumType ? enumType.getValues().map((v) => v.name) : undefined;
  if (error.extensions.code && !validValues) return error;
  return new GraphQLError(error.message, {
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
// thrown by a resolver and already went through error masking.
function coded(result: ExecutionResult, schema: GraphQLSchema): ExecutionResult {
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map((e) => withCode(e, schema, e.path ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT')) };
}

export function useErrorCodes(schema: GraphQLSchema): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((e) => withCode(e, schema, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) setResult(coded(result, schema));
        },
      };
    },
  };
}
