// GraphQL documents the full pipeline has answered successfully, by everything but their variables: data version,
// method, Accept, Content-Type, Origin, operation name and document text. Whether a document passes parsing,
// validation, the query limits and the schema discovery switch depends on the document alone, so such a document
// can be executed again with other variables without going through them (response-cache-front.ts), and answered
// with the headers the pipeline gave it. Bounded by count, least recently used out first.
import type { DocumentNode, VariableDefinitionNode } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { OutgoingHttpHeaders } from 'node:http';

/** A prepared operation as graphql-jit compiled it (prepared-execution.ts). */
export interface CompiledOperation {
  execute: CompiledQuery['query'];
  variableDefinitions: readonly VariableDefinitionNode[];
}

export interface PreparedOperation {
  document: DocumentNode;
  /** The operation name the request log gives. */
  operationName: string | null;
  /** The pipeline's response headers, less the per-request ones and the ETag (which follows the variables). */
  headers: OutgoingHttpHeaders;
  /** The document as graphql-jit compiles it on first re-use; null where graphql-js executes it (prepared-execution.ts). */
  compiled?: Promise<CompiledOperation | null>;
}

export const MAX_PREPARED_OPERATIONS = 128;

export class PreparedOperations {
  readonly #operations = new Map<string, PreparedOperation>();

  get size(): number {
    return this.#operations.size;
  }

  get(key: string): PreparedOperation | undefined {
    const operation = this.#operations.get(key);
    if (operation === undefined) return undefined;
    this.#operations.delete(key);
    this.#operations.set(key, operation);
    return operation;
  }

  set(key: string, operation: PreparedOperation): void {
    this.#operations.delete(key);
    if (this.#operations.size >= MAX_PREPARED_OPERATIONS) this.#operations.delete(this.#operations.keys().next().value!);
    this.#operations.set(key, operation);
  }
}
