// What the response cache's bounds mean to a user, on a real port: its memory stays within RESPONSE_CACHE_MAX_BYTES
// as /metrics reports it, an answer asked for over and over stays cached while requests made once or now and then
// come and go, and HTTP caches can revalidate with any form of If-None-Match.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';

type Service = Awaited<ReturnType<typeof startTestService>>;

let service: Service | undefined;
afterEach(() => service?.close());

/** A small answer of its own for each name. */
const question = (name: string) => ({ query: `{ ${name}: __typename }` });
const HOT = question('hot');

/**
 * Sends a query by POST, taking no compression (so an answer is kept at its full size); says whether the response
 * cache answered it, from the request's log line.
 */
async function ask(body: unknown): Promise<{ status: number; text: string; cached: boolean }> {
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'identity' };
  const response = await fetch(`${service!.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  const requestId = response.headers.get('x-request-id');
  const line = service!.logs().find((l) => l.msg === 'request' && l.requestId === requestId);
  return { status: response.status, text, cached: line?.cache === 'hit' };
}

async function cacheMetrics(): Promise<{ bytes: number; entries: number }> {
  const text = await (await fetch(`${service!.url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)![1]);
  return { bytes: value('podnet_response_cache_bytes'), entries: value('podnet_response_cache_entries') };
}

const MAX_BYTES = 4096;

describe('the response cache within RESPONSE_CACHE_MAX_BYTES', () => {
  it('never holds more than its limit, and still answers repeated requests from what it holds', async () => {
    service = await startTestService({ RESPONSE_CACHE_MAX_BYTES: String(MAX_BYTES) });
    let mostEntries = 0;
    for (let i = 0; i < 30; i++) {
      const sent = question(`q${i}`);
      const [first, second, third] = [await ask(sent), await ask(sent), await ask(sent)];
      expect([first.cached, second.cached, third.cached]).toEqual([false, false, true]);
      expect(third.text).toBe(first.text);
      const { bytes, entries } = await cacheMetrics();
      expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
      mostEntries = Math.max(mostEntries, entries);
    }
    // It filled up: older answers made room for newer ones.
    expect(mostEntries).toBeGreaterThan(1);
    expect(mostEntries).toBeLessThan(30);
    expect((await ask(question('q0'))).cached).toBe(false);
  });

  it('answers a request whose answer is larger than the whole cache, without keeping it', async () => {
    service = await startTestService({ RESPONSE_CACHE_MAX_BYTES: '2048' });
    const large = { query: '{ matrix { title rows { id cells { mode support } } } }' };
    const answers = [await ask(large), await ask(large), await ask(large)];
    expect(answers[0]!.text.length).toBeGreaterThan(2048);
    expect(answers.map((a) => a.cached)).toEqual([false, false, false]);
    expect(answers.every((a) => a.status === 200 && a.text === answers[0]!.text)).toBe(true);
    expect(await cacheMetrics()).toEqual({ bytes: 0, entries: 0 });
  });

  it('keeps an answer asked for over and over while requests made once pass through without taking room', async () => {
    service = await startTestService({ RESPONSE_CACHE_MAX_BYTES: String(MAX_BYTES) });
    await ask(HOT);
    await ask(HOT);
    for (let i = 0; i < 100; i++) {
      expect((await ask(question(`once${i}`))).cached).toBe(false);
      expect((await ask(HOT)).cached, `after ${i + 1} requests made once`).toBe(true);
    }
    expect((await cacheMetrics()).entries).toBe(1);
  });

  it('keeps an answer asked for over and over while answers asked for now and then come and go', async () => {
    service = await startTestService({ RESPONSE_CACHE_MAX_BYTES: String(MAX_BYTES) });
    await ask(HOT);
    await ask(HOT);
    for (let i = 0; i < 30; i++) {
      // Asked twice: kept, taking room from older answers.
      await ask(question(`sometimes${i}`));
      await ask(question(`sometimes${i}`));
      expect((await ask(HOT)).cached, `after ${i + 1} answers kept`).toBe(true);
      expect((await cacheMetrics()).bytes).toBeLessThanOrEqual(MAX_BYTES);
    }
    expect((await ask(question('sometimes0'))).cached).toBe(false);
  });
});

describe('the documents kept to answer again with other variables', () => {
  /**
   * A document of about 1 KB (a long operation name) taking a variable, answered in front once it is prepared; with a
   * fragment, so that it has no document shape (document-shape.ts) and only a prepared operation answers it in front.
   */
  const document = (name: string) => ({
    query: `query ${name}${'_'.repeat(1000)}($t: String!) { podDensity(instanceType: $t, mode: INDIVIDUAL_IPS) { ...D } } fragment D on PodDensity { maxPods }`,
  });
  const withType = (name: string, instanceType: string) => ({ ...document(name), variables: { t: instanceType } });
  const answeredBy = async (body: unknown) => {
    const response = await fetch(`${service!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    return service!.logs().find((l) => l.msg === 'request' && l.requestId === requestId)?.cache ?? 'pipeline';
  };

  it('hold at most MAX_DOCUMENT_TEXT_KEPT of document text: 1 KB documents push out the first after about 32 others', async () => {
    service = await startTestService();
    await answeredBy(withType('First', 'm5.large'));
    expect(await answeredBy(withType('First', 'm5.xlarge'))).toBe('operation');
    for (let i = 0; i < 40; i++) await answeredBy(withType(`Other${i}`, 'm5.large'));
    // Far fewer than the 128 documents the count allows: the text is what bounds them.
    expect(await answeredBy(withType('First', 'm5.2xlarge'))).toBe('pipeline');
    expect(await answeredBy(withType('First', 'm5.4xlarge'))).toBe('operation');
  });
});

describe('revalidation of a GET answer', () => {
  it('answers 304 to If-None-Match with its ETag among others, weak or strong, or *; 200 to any other ETag', async () => {
    service = await startTestService();
    const path = `/graphql?${new URLSearchParams({ query: '{ about { dataVersion } }' })}`;
    const first = await fetch(service.url + path);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    const statusWith = async (ifNoneMatch: string) => (await fetch(service!.url + path, { headers: { 'if-none-match': ifNoneMatch } })).status;
    expect(await statusWith(etag)).toBe(304);
    expect(await statusWith(`W/"other", W/${etag}`)).toBe(304);
    expect(await statusWith('*')).toBe(304);
    expect(await statusWith(`${etag.slice(0, -1)}x"`)).toBe(200);
  });
});
