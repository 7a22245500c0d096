// GET / for browsers and the page's assets, in front of GraphQL. A request for / that does not accept text/html
// (a JSON client, curl's */*) goes on to get the answer it got before the page existed. The page is answered
// compressed when the client takes gzip, with an ETag (data version, assets, address) for 304s, revalidated every
// time (no-cache); assets are kept a year (their address changes with their contents). The page's
// Content-Security-Policy allows only this origin's script, style and /graphql, and lets only the origins in
// PAGE_FRAME_ANCESTORS frame it (none by default).
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import type { Knowledge } from '../knowledge/types.js';
import { MIN_COMPRESSED_BYTES, takesGzip } from '../http/responses/content-encoding.js';
import { etagFor, ifNoneMatchHolds } from '../http/responses/http-caching.js';
import type { ServiceState } from '../http/process/service-state.js';
import type { InputLimits } from '../rules/input-limits.js';
import { questionsOf, renderPage } from './page.js';
import { ASSET_CACHE_CONTROL, staticAssets } from './static-assets.js';

const gzipAsync = promisify(gzip);

export interface WebPageOptions {
  state: ServiceState;
  /** Origins allowed to frame the page; empty for none, ['*'] for any. */
  frameAncestors: readonly string[];
  /** Whether GraphiQL is served, so the page links to it. */
  graphiql: boolean;
  /** The input limits the page's own queries run under, as GraphQL requests do. */
  inputLimits: InputLimits;
}

/** Whether an Accept header names text/html with a weight above 0 (a browser navigating). */
export function acceptsHtml(accept: string | null): boolean {
  if (!accept) return false;
  return accept.split(',').some((member) => {
    const [type = '', ...parameters] = member.split(';').map((p) => p.trim().toLowerCase());
    return type === 'text/html' && !parameters.some((p) => /^q\s*=\s*0(\.0*)?$/.test(p));
  });
}

function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  const ancestors = frameAncestors.length === 0 ? "'none'" : frameAncestors.join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

interface PageBytes {
  plain: Buffer;
  gzipped: Buffer;
}

// The page without a question, the one most visits ask for, rendered and compressed once per knowledge.
const plainPages = new WeakMap<Knowledge, Promise<PageBytes>>();

async function pageBytes(html: string): Promise<PageBytes> {
  const plain = Buffer.from(html);
  return { plain, gzipped: await gzipAsync(plain) };
}

export function useWebPage({ state, frameAncestors, graphiql, inputLimits }: WebPageOptions): Plugin {
  const csp = contentSecurityPolicy(frameAncestors);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const head = request.method === 'HEAD';
      const gzipped = takesGzip(request.headers.get('accept-encoding'));
      if (url.pathname.startsWith('/assets/')) {
        const asset = staticAssets().find(url.pathname);
        if (asset === undefined) return;
        const body = gzipped ? asset.gzipped : asset.body;
        const headers: Record<string, string> = {
          'content-type': asset.contentType,
          'cache-control': ASSET_CACHE_CONTROL,
          'x-content-type-options': 'nosniff',
          vary: 'Accept-Encoding',
          'content-length': String(body.length),
          ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
        };
        return endResponse(new fetchAPI.Response(head ? null : new Uint8Array(body), { status: 200, headers }));
      }
      if (url.pathname !== '/' || !acceptsHtml(request.headers.get('accept'))) return;
      const knowledge = state.knowledge;
      const common = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
      if (!knowledge) {
        const body = '<!doctype html><html lang="en"><title>podnet is starting</title><p>podnet is starting; try again in a moment.</p></html>';
        return endResponse(new fetchAPI.Response(head ? null : body, { status: 503, headers: { ...common, 'retry-after': '1', 'cache-control': 'no-store' } }));
      }
      const assets = staticAssets();
      const etag = etagFor(`page\n${knowledge.dataVersion}\n${assets.version}\n${graphiql}\n${url.search}\n${gzipped}`);
      const headers: Record<string, string> = { ...common, 'cache-control': 'no-cache', etag, vary: 'Accept, Accept-Encoding' };
      if (ifNoneMatchHolds(request.headers.get('if-none-match'), etag)) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag, 'cache-control': 'no-cache', vary: headers.vary! } }));
      }
      const render = () => renderPage({ knowledge, inputLimits }, questionsOf(url.searchParams), assets, graphiql);
      let bytes: Promise<PageBytes>;
      if (url.search === '') {
        bytes = plainPages.get(knowledge) ?? render().then(pageBytes);
        plainPages.set(knowledge, bytes);
      } else {
        bytes = render().then(pageBytes);
      }
      return bytes.then(({ plain, gzipped: compressed }) => {
        const useGzip = gzipped && plain.length >= MIN_COMPRESSED_BYTES;
        const body = useGzip ? compressed : plain;
        if (useGzip) headers['content-encoding'] = 'gzip';
        headers['content-length'] = String(body.length);
        endResponse(new fetchAPI.Response(head ? null : new Uint8Array(body), { status: 200, headers }));
      });
    },
  };
}
