// Headers every response carries, and those of the GraphiQL page:
// - `X-Content-Type-Options: nosniff`: a browser takes each answer as the type it says (JSON stays JSON);
// - graphql-yoga's health check says `x-yoga-id` (the time the process started): removed, it tells a client nothing
//   it needs;
// - the GraphiQL page gets a Content-Security-Policy: its own inline scripts only (by their hashes, so a script
//   injected into the page would not run), styles, images and fonts from the page itself, requests to this origin
//   only, and web workers from blob: URLs (its editor starts them so). Nothing from another origin, which the page
//   never needs: it works offline.
import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

export const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** The Content-Security-Policy for a page: its inline scripts allowed by their SHA-256 hashes. */
export function pagePolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return [
    "default-src 'none'",
    // GraphiQL's editor compiles code at run time (new Function), which 'unsafe-eval' allows; without it the editor
    // does not start.
    `script-src 'self' 'unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The page renderer, remembering the policy of the page it renders (the same page every time, so it is hashed
 * once), and the plugin that sets the headers.
 */
export function useSecurityHeaders(render: (options: GraphiQLOptions) => Promise<string>) {
  let policy: { html: string; value: string } | undefined;
  const renderWithPolicy = async (options: GraphiQLOptions) => {
    const html = await render(options);
    if (policy?.html !== html) policy = { html, value: pagePolicy(html) };
    return html;
  };
  const plugin: Plugin = {
    onResponse({ response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.delete('x-yoga-id');
      if (policy !== undefined && response.headers.get('content-type')?.startsWith('text/html')) {
        response.headers.set('content-security-policy', policy.value);
      }
    },
  };
  return { renderWithPolicy, plugin };
}
