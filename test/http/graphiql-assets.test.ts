// GraphiQL's page links its parts as files under /graphiql/<content hash>/: sent gzip-compressed to a client that
// takes gzip, kept by browsers for a year, and not served at all when schema discovery is off.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestYoga } from '../support/yoga.js';

async function graphiqlPage(yoga: ReturnType<typeof createTestYoga>['yoga']) {
  const page = await (await yoga.fetch('http://podnet.test/graphql', { headers: { accept: 'text/html' } })).text();
  const links = [...page.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((match) => match[1]!);
  return { page, links };
}

describe('GraphiQL files', () => {
  it('the page is small, has no inline script, and links files that are compressed and cacheable', async () => {
    const { yoga } = createTestYoga();
    const { page, links } = await graphiqlPage(yoga);
    expect(page.length).toBeLessThan(4096);
    expect(page).not.toMatch(/<script>/);
    expect(links.map((link) => link.split('/').pop())).toEqual(['favicon.ico', 'graphiql.css', 'environment.js', 'graphiql.js', 'start.js']);
    const script = links.find((link) => link.endsWith('/graphiql.js'))!;
    const compressed = await yoga.fetch(`http://podnet.test${script}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(compressed.status).toBe(200);
    expect(Object.fromEntries(compressed.headers)).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    });
    const compressedBody = Buffer.from(await compressed.arrayBuffer());
    const plain = await yoga.fetch(`http://podnet.test${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainBody = Buffer.from(await plain.arrayBuffer());
    expect(gunzipSync(compressedBody).equals(plainBody)).toBe(true);
    expect(compressedBody.length).toBeLessThan(plainBody.length / 3);
    // The workers the editor asks for are files of the same folder.
    const environment = await (await yoga.fetch(`http://podnet.test${links.find((link) => link.endsWith('/environment.js'))!}`)).text();
    const folder = script.slice(0, script.lastIndexOf('/') + 1);
    for (const worker of ['editor', 'json', 'graphql']) {
      expect(environment).toContain(`${folder}${worker}.worker.js`);
      expect((await yoga.fetch(`http://podnet.test${folder}${worker}.worker.js`)).status).toBe(200);
    }
  });

  it('a path that names no file is 404 with a code, and discovery off serves none', async () => {
    const { yoga } = createTestYoga();
    const { links } = await graphiqlPage(yoga);
    const missing = await yoga.fetch('http://podnet.test/graphiql/0000000000000000/graphiql.js');
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const off = createTestYoga({ GRAPHQL_SCHEMA_DISCOVERY: 'false' });
    expect((await off.yoga.fetch(`http://podnet.test${links[1]}`)).status).toBe(404);
  });
});
