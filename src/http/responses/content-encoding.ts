// Compression of the answers the response cache keeps, for clients that take gzip (browsers, Node's fetch, most HTTP
// libraries say so in Accept-Encoding). An answer is compressed once, when it is kept, and sent compressed at every
// hit: a portal fetching the matrix receives about 3 KB instead of 18. Answers under 1 KiB stay as they are (the
// saving is less than a packet), and so does everything the cache does not keep: compressing an answer given once
// would cost more than sending it.
// A compressed answer is another representation of the same data, so it says `Vary: Accept-Encoding` and, for GET,
// has its own ETag: HTTP caches never give it to a client that does not take gzip, nor take it for the uncompressed
// answer the pipeline gave the same request.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { OutgoingHttpHeaders } from 'node:http';
import { readyAnswer, type ReadyAnswer } from '../fast-path/response-cache.js';

const gzipAsync = promisify(gzip);

/** Answers smaller than this are kept as they are. */
export const MIN_COMPRESSED_BYTES = 1024;

// RFC 9110's qvalue: 0 to 1 with at most three decimals.
const QVALUE = /^\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/i;

/** The weight of one Accept-Encoding member ("gzip;q=0.5"): 1 when it has none, 0 when it is malformed. */
function weightOf(parameters: string[]): number {
  if (parameters.length === 0) return 1;
  const q = QVALUE.exec(parameters[0]!)?.[1];
  return q === undefined ? 0 : Number(q);
}

/**
 * Whether an Accept-Encoding header takes gzip (RFC 9110, 12.5.3): gzip (or x-gzip) named with a weight above 0, or
 * not named while `*` is. No header means no compression: a client that says nothing may not decode it.
 */
export function takesGzip(acceptEncoding: string | null | undefined): boolean {
  if (!acceptEncoding) return false;
  let named: number | undefined;
  let anyOther: number | undefined;
  for (const member of acceptEncoding.split(',')) {
    const [coding = '', ...parameters] = member.split(';');
    const name = coding.trim().toLowerCase();
    if (name === 'gzip' || name === 'x-gzip') named = Math.max(named ?? 0, weightOf(parameters));
    else if (name === '*') anyOther = weightOf(parameters);
  }
  return (named ?? anyOther ?? 0) > 0;
}

function withVary(vary: unknown, name: string): string {
  return typeof vary === 'string' && vary !== '' ? `${vary}, ${name}` : name;
}

/**
 * The answer the response cache keeps for a request with this Accept-Encoding, from the body and headers it was
 * answered with: as bytes, compressed with gzip when the client takes gzip and the body is large enough to gain.
 */
export async function responseToKeep(
  headers: OutgoingHttpHeaders,
  body: string | Buffer,
  operationName: string | null,
  acceptEncoding: string | null | undefined,
): Promise<ReadyAnswer> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const asItIs = () => readyAnswer(headers, bytes, operationName);
  if (bytes.length < MIN_COMPRESSED_BYTES || !takesGzip(acceptEncoding)) return asItIs();
  // Compressing only saves bytes: an answer zlib fails on (out of memory) is kept as it is, not turned into an error.
  const compressed = await gzipAsync(bytes).catch(() => null);
  if (compressed === null) return asItIs();
  const encoded: OutgoingHttpHeaders = { ...headers, 'content-encoding': 'gzip', vary: withVary(headers.vary, 'Accept-Encoding') };
  // A strong ETag names one sequence of bytes: the compressed one gets its own.
  if (typeof headers.etag === 'string') encoded.etag = `${headers.etag.slice(0, -1)}-gzip"`;
  return readyAnswer(encoded, compressed, operationName);
}
