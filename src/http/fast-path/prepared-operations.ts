// GraphQL documents the full pipeline has answered successfully, by everything but their variables: data version,
// method, Accept, Content-Type, Origin, operation name and document text. Whether a document passes parsing,
// validation, the query limits and the schema discovery switch depends on the document alone, so such a document
// can be executed again with other variables without going through them (response-cache-front.ts), and answered
// with the headers the pipeline gave it. Bounded by count and by document text, least recently used out first.
import type { DocumentNode, VariableDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
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

/**
 * How much document text the kept documents may hold in all. A parsed document keeps its tokens and locations, about
 * 70 bytes for every character of its text: the 126 documents of the bench's costly requests (about 1 KB each) held
 * 9 MB after it (docs/performance.md, "Eighth pass"). The documents portals and bots send again are under 1 KB, and a
 * few of them.
 */
export const MAX_DOCUMENT_TEXT_KEPT = 32 * 1024;

/** Keyed by everything but the variables (the key holds the document text, which its size is counted by). */
export function createPreparedOperations(): LRUCache<string, PreparedOperation> {
  return new LRUCache({ max: MAX_PREPARED_OPERATIONS, maxSize: MAX_DOCUMENT_TEXT_KEPT, sizeCalculation: (_operation, key) => key.length });
}
