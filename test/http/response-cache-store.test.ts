import { describe, expect, it } from 'vitest';
import { ifNoneMatchHolds } from '../../src/http/http-caching.js';
import { ResponseCache, cachedResponse } from '../../src/http/response-cache.js';

const answer = (bytes: number) => cachedResponse({ 'content-type': 'application/json' }, Buffer.alloc(bytes), null);

describe('the response cache store', () => {
  it('stays within its byte limit, dropping the least recently used first', () => {
    const cache = new ResponseCache(4000);
    cache.set('a', answer(1000));
    cache.set('b', answer(1000));
    cache.set('c', answer(1000));
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeDefined();
    cache.set('d', answer(1000));
    expect(cache.bytes).toBeLessThanOrEqual(4000);
    expect([...'abcd'].filter((key) => cache.get(key) !== undefined)).toEqual(['a', 'c', 'd']);
  });

  it('charges every entry its key, body and headers, and counts a replaced entry once', () => {
    const cache = new ResponseCache(1_000_000);
    cache.set('key', answer(500));
    const once = cache.bytes;
    expect(once).toBeGreaterThan('key'.length + 500 + JSON.stringify({ 'content-type': 'application/json' }).length);
    cache.set('key', answer(500));
    expect(cache.bytes).toBe(once);
    expect(cache.size).toBe(1);
  });

  it('keeps nothing larger than itself, and nothing at all with a limit of 0', () => {
    const small = new ResponseCache(1000);
    small.set('big', answer(2000));
    expect(small.size).toBe(0);
    const none = new ResponseCache(0);
    none.set('a', answer(1));
    expect(none.get('a')).toBeUndefined();
    expect(none.bytes).toBe(0);
  });
});

describe('If-None-Match', () => {
  it('holds for the ETag among others, weak or strong, and for *', () => {
    expect(ifNoneMatchHolds('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHolds('W/"x", W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHolds('*', '"abc"')).toBe(true);
    expect(ifNoneMatchHolds('"abcd"', '"abc"')).toBe(false);
    expect(ifNoneMatchHolds('', '"abc"')).toBe(false);
    expect(ifNoneMatchHolds(undefined, '"abc"')).toBe(false);
  });
});
