// HTTP caching of successful GET answers, so a portal's browser or a CDN can keep them: an ETag derived from the
// cache key (data version, request target, negotiated headers), so it changes whenever the data version does, and
// 304 Not Modified for a request that already holds it. With a max-age of 0 caches must ask again every time
// (`no-cache`), and an answer is never used past its data version; a larger max-age lets them answer alone for
// that long, at the price of serving an answer for up to that long after the data changed.
import { createHash } from 'node:crypto';

export function etagFor(cacheKey: string): string {
  return `"${createHash('sha256').update(cacheKey, 'latin1').digest('base64url').slice(0, 27)}"`;
}

/** What a 304 leaves out of the answer's headers: it repeats the validators and caching headers, not what describes the body. */
export const NOT_IN_304 = ['content-type', 'content-length', 'content-encoding'] as const;

export function cacheControl(maxAgeSeconds: number): string {
  return maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : 'no-cache';
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function ifNoneMatchHolds(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
