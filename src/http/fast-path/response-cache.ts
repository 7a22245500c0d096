// Successful GraphQL responses, kept in memory to answer the same request again without graphql-yoga. Bounded by
// bytes (keys, bodies and headers counted). Eviction is least recently used by second chance: a hit only marks its
// entry (cheaper than moving it on every hit), and eviction moves a marked entry to the back instead of dropping it.
// Keys start with the data version, so an answer is never served for knowledge it was not computed from. An answer is
// admitted the second time its request is answered (response-cache-admission.ts).
import type { OutgoingHttpHeaders } from 'node:http';
import { SeenRequests } from './response-cache-admission.js';

/**
 * An answer ready to be written as it is, in front of graphql-yoga: kept in the cache with its body as bytes, or given
 * once as text.
 */
export interface ReadyAnswer<Body extends Buffer | string = Buffer> {
  /** The response's headers as the full pipeline sent them, less the per-request ones (x-request-id, connection). */
  headers: OutgoingHttpHeaders;
  /** The same with content-length, as a flat list of names and values: node:http writes such a list fastest. */
  headerList: readonly string[];
  body: Body;
  /** Set for GET, whose answers HTTP caches may keep (http-caching.ts). */
  etag: string | undefined;
  /** The operation name the request log gives, as the pipeline found it. */
  operationName: string | null;
}

/** Headers as the flat list of names and values node:http's writeHead takes. */
export function headerListOf(headers: OutgoingHttpHeaders): string[] {
  return Object.entries(headers).flatMap(([name, value]) => [name, String(value)]);
}

// The answers of one prepared operation or document shape share its headers object: its list is made once.
const sharedHeaderLists = new WeakMap<OutgoingHttpHeaders, readonly string[]>();

function sharedHeaderListOf(headers: OutgoingHttpHeaders): readonly string[] {
  let list = sharedHeaderLists.get(headers);
  if (list === undefined) sharedHeaderLists.set(headers, (list = headerListOf(headers)));
  return list;
}

/**
 * `measured.bytes`: the body's length in bytes, when the caller has it already; `measured.sharedHeaders`: the headers
 * object is one many answers share (never changed), whose list is kept.
 */
export function readyAnswer<Body extends Buffer | string>(
  headers: OutgoingHttpHeaders,
  body: Body,
  operationName: string | null,
  measured: { bytes?: number; sharedHeaders?: boolean } = {},
): ReadyAnswer<Body> {
  const length = measured.bytes ?? (typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  const list = measured.sharedHeaders ? sharedHeaderListOf(headers) : headerListOf(headers);
  const headerList = [...list, 'content-length', String(length)];
  return { headers, headerList, body, etag: headers.etag as string | undefined, operationName };
}

/** What an entry is charged beyond its key, body and headers: the Map slot, the objects. */
const ENTRY_OVERHEAD_BYTES = 256;

export class ResponseCache {
  readonly #entries = new Map<string, { response: ReadyAnswer; bytes: number; used: boolean }>();
  readonly #seen = new SeenRequests();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** Whether the answer to the request of `key`, being answered now, is to be kept: the second time it is seen. */
  admits(key: string): boolean {
    return this.maxBytes > 0 && this.#seen.seenBefore(key);
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): ReadyAnswer | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = true;
    return entry.response;
  }

  /** Keeps a response unless it alone is larger than the whole cache; evicts the least recently used to fit. */
  set(key: string, response: ReadyAnswer): void {
    const bytes = key.length + response.body.length + JSON.stringify(response.headers).length + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.maxBytes) return;
    this.delete(key);
    // Map keeps insertion order: the first entries are the oldest.
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes + bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      if (entry.used) {
        entry.used = false;
        this.#entries.set(oldest, entry);
      } else {
        this.#bytes -= entry.bytes;
      }
    }
    this.#entries.set(key, { response, bytes, used: false });
    this.#bytes += bytes;
  }

  private delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
