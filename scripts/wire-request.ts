// One HTTP request over node:http, answered as it came over the wire: unlike fetch, it sends only the headers given
// and leaves the body as the server sent it (a compressed body stays compressed). Shared by `npm run bench`, which
// gives the service's bytes to its bare server, and the tests that look at those bytes.
import { request, type IncomingHttpHeaders } from 'node:http';

export interface WireResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came, not decompressed. */
  body: Buffer;
}

export function wireRequest(url: string, { method, headers = {}, body }: { method: string; headers?: Record<string, string>; body?: string }): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}
