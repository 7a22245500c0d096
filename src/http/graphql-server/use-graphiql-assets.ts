// GraphiQL's scripts, styles, workers and icon as files of their own under /graphiql/<content hash>/, instead of
// the 9 MB of inlined scripts graphql-yoga's renderer puts in every page: a browser keeps them for a year (the hash
// changes with their content) and compiles them once, and each is sent gzip-compressed to a browser that takes
// gzip (about a quarter of the size), compressed once, off the event loop, the first time it is asked for. Loaded
// on the first request for GraphiQL, not at start-up, like the page (graphiql.ts). Served from the installed
// package: no request leaves the machine.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { takesGzip } from '../responses/content-encoding.js';

const gzipAsync = promisify(gzip);

export const GRAPHIQL_ASSETS_PATH = '/graphiql/';
const CACHE_FOR_A_YEAR = 'public, max-age=31536000, immutable';

interface Asset {
  type: string;
  body: Buffer;
  gzipped?: Promise<Buffer>;
}

export interface GraphiQLAssets {
  /** The URL of an asset by name ("graphiql.js"), with the content hash in its path. */
  url(name: AssetName): string;
  get(name: string): Asset | undefined;
}

type AssetName = 'graphiql.css' | 'graphiql.js' | 'environment.js' | 'start.js' | 'editor.worker.js' | 'json.worker.js' | 'graphql.worker.js' | 'favicon.ico';

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** Monaco, the editor, asks for each worker by label; the renderer's workers, at their URLs. Set before graphiql.js runs. */
function environmentScript(workerUrl: (label: string) => string): string {
  const workers = { editorWorkerService: workerUrl('editor'), json: workerUrl('json'), graphql: workerUrl('graphql') };
  return `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => ${JSON.stringify(workers)}[label] };\n`;
}

// The page's options come as JSON in a script element that is not run (graphiql.ts), so the page has no inline script.
const START_SCRIPT = `YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), JSON.parse(document.getElementById('graphiql-options').textContent));\n`;

async function loadAssets(): Promise<GraphiQLAssets> {
  const parts = await import('@graphql-yoga/render-graphiql/graphiql');
  const favicon = Buffer.from(parts.favicon.slice(parts.favicon.indexOf(',') + 1), 'base64');
  const contents: Record<Exclude<AssetName, 'environment.js'>, [type: string, body: Buffer]> = {
    'graphiql.css': ['text/css; charset=utf-8', Buffer.from(parts.css)],
    'graphiql.js': [JAVASCRIPT, Buffer.from(parts.js)],
    'start.js': [JAVASCRIPT, Buffer.from(START_SCRIPT)],
    'editor.worker.js': [JAVASCRIPT, Buffer.from(parts.editorWorkerService)],
    'json.worker.js': [JAVASCRIPT, Buffer.from(parts.jsonWorker)],
    'graphql.worker.js': [JAVASCRIPT, Buffer.from(parts.graphqlWorker)],
    'favicon.ico': ['image/x-icon', favicon],
  };
  const hash = createHash('sha256');
  for (const [, body] of Object.values(contents)) hash.update(body);
  const base = `${GRAPHIQL_ASSETS_PATH}${hash.digest('hex').slice(0, 16)}/`;
  const assets = new Map<string, Asset>(Object.entries(contents).map(([name, [type, body]]) => [`${base}${name}`, { type, body }]));
  assets.set(`${base}environment.js`, { type: JAVASCRIPT, body: Buffer.from(environmentScript((label) => `${base}${label}.worker.js`)) });
  return { url: (name) => `${base}${name}`, get: (path) => assets.get(path) };
}

let loaded: Promise<GraphiQLAssets> | undefined;

/** The assets, loaded on first use. */
export function graphiqlAssets(): Promise<GraphiQLAssets> {
  loaded ??= loadAssets();
  return loaded;
}

/** Answers GET (and HEAD) requests for an asset under /graphiql/. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const asset = (await graphiqlAssets()).get(url.pathname);
      // Not one of them: graphql-yoga answers 404.
      if (asset === undefined) return;
      const headers: Record<string, string> = { 'content-type': asset.type, 'cache-control': CACHE_FOR_A_YEAR, vary: 'Accept-Encoding' };
      let body = asset.body;
      if (takesGzip(request.headers.get('accept-encoding'))) {
        asset.gzipped ??= gzipAsync(asset.body);
        body = await asset.gzipped;
        headers['content-encoding'] = 'gzip';
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { status: 200, headers: { ...headers, 'content-length': String(body.length) } }));
    },
  };
}
