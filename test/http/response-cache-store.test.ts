import { describe, expect, it } from 'vitest';
import { ifNoneMatchHolds } from '../../src/http/responses/http-caching.js';
import { ResponseCache, readyAnswer } from '../../src/http/fast-path/response-cache.js';
import { SeenRequests } from '../../src/http/fast-path/response-cache-admission.js';

const answer = (bytes: number) => readyAnswer({ 'content-type': 'application/json' }, Buffer.alloc(bytes), null);

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

describe('admission to the response cache', () => {
  it('admits a request the second time it is seen, each request on its own', () => {
    const cache = new ResponseCache(4000);
    expect(cache.admits('a')).toBe(false);
    expect(cache.admits('b')).toBe(false);
    expect(cache.admits('a')).toBe(true);
    expect(cache.admits('a')).toBe(true);
    expect(cache.admits('b')).toBe(true);
    expect(cache.admits('c')).toBe(false);
  });

  it('admits nothing with a limit of 0', () => {
    const cache = new ResponseCache(0);
    expect([cache.admits('a'), cache.admits('a')]).toEqual([false, false]);
  });

  it('remembers a bounded number of requests: a request whose place another took is seen anew', () => {
    // Finds a request that takes the place of "a" in the fixed table.
    const probe = new SeenRequests();
    probe.seenBefore('a');
    let rival = 0;
    while (probe.seenBefore('a')) probe.seenBefore(`k${++rival}`);
    const seen = new SeenRequests();
    seen.seenBefore('a');
    seen.seenBefore(`k${rival}`);
    expect(seen.seenBefore('a')).toBe(false);
    expect(seen.seenBefore('a')).toBe(true);
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
