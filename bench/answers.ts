// A server's answer to one bench request as it came over the wire: the bytes before any decoding, and their
// encoding. The bench checks the service's answers with it and gives the same bytes to the bare server to send.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { BenchRequest } from './scenarios.js';

export interface WireAnswer {
  status: number;
  contentEncoding?: string;
  body: Buffer;
}

export function wireAnswer(base: string, { method, path, headers, body }: BenchRequest): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path, base), { method, headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const contentEncoding = response.headers['content-encoding'];
        resolve({ status: response.statusCode!, ...(contentEncoding ? { contentEncoding } : {}), body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

/** The answer's JSON, decoded from gzip when it came compressed. */
export function answerJson(answer: WireAnswer): unknown {
  const text = answer.contentEncoding === 'gzip' ? gunzipSync(answer.body) : answer.body;
  return JSON.parse(text.toString('utf8'));
}
