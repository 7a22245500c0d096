// Executes a prepared operation (prepared-operations.ts) with a request's variables and gives the JSON to answer
// with, or null when the result has an error: the request then goes to the full pipeline, which gives that error.
// The document is compiled by graphql-jit on its first re-use (about 2 ms, once), into a function that
// executes it without walking the document again; a document graphql-jit cannot compile, or would answer otherwise,
// is executed by graphql-js. graphql-jit (with fast-json-stringify and ajv, about a fifth of the code a start would
// parse) is loaded at the first re-use of any document, not at start (docs/performance.md, "Start-up"). test/http/prepared-execution.test.ts checks that graphql-jit's answers are graphql-js's
// to the byte, and that it fails wherever graphql-js does.
import {
  BREAK,
  Kind,
  execute,
  getOperationAST,
  getVariableValues,
  visit,
  type DocumentNode,
  type ExecutionResult,
} from 'graphql';
import { schema } from '../../graphql/schema.js';
import type { Context } from '../../graphql/builder.js';
import type { GraphQLParams } from './graphql-params.js';
import type { CompiledOperation, PreparedOperation } from './prepared-operations.js';
import { isCleanResult } from './clean-result.js';

// Where graphql-jit 0.8.9 answers otherwise than graphql-js (found by that test): it orders an object's keys by
// where each first appears in the document, even where @skip or @include leaves that place out, and it refuses a
// non-null variable left to its default value. Documents with either are executed by graphql-js.
function graphqlJitDiffers(document: DocumentNode): boolean {
  let differs = false;
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return undefined;
      differs = true;
      return BREAK;
    },
    VariableDefinition(node) {
      if (node.type.kind !== Kind.NON_NULL_TYPE || node.defaultValue === undefined) return undefined;
      differs = true;
      return BREAK;
    },
  });
  return differs;
}

let graphqlJit: Promise<typeof import('graphql-jit')> | undefined;

async function compile(document: DocumentNode, operationName: string | undefined): Promise<CompiledOperation | null> {
  if (graphqlJitDiffers(document)) return null;
  graphqlJit ??= import('graphql-jit');
  const { compileQuery, isCompiledQuery } = await graphqlJit;
  const compiled = compileQuery(schema, document, operationName);
  if (!isCompiledQuery(compiled)) return null;
  return { execute: compiled.query, variableDefinitions: getOperationAST(document, operationName)?.variableDefinitions ?? [] };
}

function compiledFor(operation: PreparedOperation, operationName: string | undefined): Promise<CompiledOperation | null> {
  operation.compiled ??= compile(operation.document, operationName);
  return operation.compiled;
}

export async function preparedAnswer(operation: PreparedOperation, params: GraphQLParams, contextValue: Context): Promise<string | null> {
  const compiled = await compiledFor(operation, params.operationName);
  let result: ExecutionResult;
  if (compiled) {
    // graphql-jit coerces variables more leniently than graphql-js (it takes a list for an input object), so
    // graphql-js's own coercion decides which variables are accepted.
    if (getVariableValues(schema, compiled.variableDefinitions, params.variables ?? {}, { maxErrors: 1 }).errors) return null;
    result = await compiled.execute(undefined, contextValue, params.variables);
  } else {
    result = await execute({ schema, document: operation.document, operationName: params.operationName, variableValues: params.variables, contextValue });
  }
  return cleanJson(result);
}

// JSON.stringify, as the pipeline: graphql-jit's own serialiser (customJSONSerializer, fast-json-stringify) saved
// nothing measurable on these answers and adds a compile step of its own.
function cleanJson(result: ExecutionResult): string | null {
  return isCleanResult(result) ? JSON.stringify(result) : null;
}

/**
 * Executes a document of a shape the pipeline has answered successfully (document-shape.ts), whose literals fit, and
 * gives the JSON to answer with, or null when the result has an error. Executed by graphql-js: such a document is
 * seldom sent twice, and graphql-jit's compilation costs more than one execution.
 */
export async function shapedAnswer(document: DocumentNode, params: GraphQLParams, contextValue: Context): Promise<string | null> {
  return cleanJson(await execute({ schema, document, operationName: params.operationName, variableValues: params.variables, contextValue }));
}
