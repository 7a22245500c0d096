// Headers every response carries, and those of the GraphiQL page:
// - `X-Content-Type-Options: nosniff`: a browser takes each answer as the type it says (JSON stays JSON);
// - graphql-yoga's health check says `x-yoga-id` (the time the process started): removed, it tells a client nothing
//   it needs;
// - an HTML answer without a Content-Security-Policy of its own (GraphiQL's page; the page at / sets its own, with
//   the configured frame-ancestors) gets GraphiQL's: scripts, styles, images and fonts from this origin only (the
//   page has no inline script: use-graphiql-assets.ts links every part), requests to this origin only, and web workers
//   from this origin or blob: URLs. Nothing from another origin, which the page never needs: it works offline.
import type { Plugin } from 'graphql-yoga';

export const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;

const GRAPHIQL_POLICY = [
  "default-src 'none'",
  // GraphiQL's editor compiles code at run time (new Function), which 'unsafe-eval' allows; without it the editor
  // does not start.
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.delete('x-yoga-id');
      if (response.headers.get('content-type')?.startsWith('text/html') && !response.headers.has('content-security-policy')) {
        response.headers.set('content-security-policy', GRAPHIQL_POLICY);
      }
    },
  };
}
