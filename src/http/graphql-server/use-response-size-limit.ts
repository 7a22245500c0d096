// A limit on the size of an answer: a small request can ask for a large one (`matrix` under 15 aliases is 260 KB
// from a 2 KB request), which costs the server its serialisation and the network its bytes, over and over. An
// answer over GRAPHQL_MAX_RESPONSE_BYTES is replaced by one error, QUERY_LIMIT_EXCEEDED with limit `responseBytes`,
// asking for fewer fields or aliases. Introspection is the exception a client cannot do without (GraphiQL and code
// generators ask for the whole schema): an operation that selects only introspection fields may be as large as this
// schema's full introspection answer, whatever GRAPHQL_MAX_RESPONSE_BYTES says, and no larger, so aliases of
// `__schema` are still refused.
import {
  GraphQLError,
  Kind,
  execute,
  getIntrospectionQuery,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { QUERY_LIMIT_EXCEEDED } from './use-query-limits.js';

/** The bytes of the answer's JSON, as it would be sent. */
export function answerBytes(json: string): number {
  return Buffer.byteLength(json);
}

function tooLargeResult(bytes: number, max: number): ExecutionResult {
  return {
    errors: [
      new GraphQLError(
        `The answer would be ${bytes} bytes; at most ${max} are sent (GRAPHQL_MAX_RESPONSE_BYTES). Ask for fewer fields or aliases, or page with first and after.`,
        { extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'responseBytes', max } },
      ),
    ],
  };
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);

/** Whether the executed operation selects introspection fields only, at its root. */
function isIntrospectionOnly(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (operation === undefined) return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(s.name.value));
}

const fullIntrospectionBytes = new WeakMap<GraphQLSchema, number>();

/** The bytes of this schema's full introspection answer (every option on), worked out once per schema. */
function introspectionBytes(schema: GraphQLSchema): number {
  let bytes = fullIntrospectionBytes.get(schema);
  if (bytes === undefined) {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    bytes = answerBytes(JSON.stringify(execute({ schema, document: parse(query) })));
    fullIntrospectionBytes.set(schema, bytes);
  }
  return bytes;
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);
}

export function useResponseSizeLimit(max: number): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!isExecutionResult(result) || result.data == null) return;
          const bytes = answerBytes(JSON.stringify(result));
          if (bytes <= max) return;
          const allowed = isIntrospectionOnly(args.document, args.operationName) ? Math.max(max, introspectionBytes(args.schema)) : max;
          if (bytes > allowed) setResult(tooLargeResult(bytes, allowed));
        },
      };
    },
  };
}
