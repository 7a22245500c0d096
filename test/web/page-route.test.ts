// GET / over HTTP, in-process: HTML for browsers and the JSON answer as before for everyone else, the page's
// Content-Security-Policy and who may frame it, compression, caching and revalidation, and the assets it names.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ServiceState } from '../../src/http/process/service-state.js';
import { DEFAULT_INPUT_LIMITS } from '../../src/rules/input-limits.js';
import { acceptsHtml, useWebPage } from '../../src/web/page-route.js';
import { podDensity } from '../../src/rules/pod-density.js';
import { COMPATIBILITY_QUERY, escapeHtml, POD_DENSITY_QUERY } from '../../src/web/assets/render.js';
import { questionsOf } from '../../src/web/page.js';
import { knowledge } from '../support/knowledge.js';
import { createTestYoga } from '../support/yoga.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GET /', () => {
  const { yoga } = createTestYoga();
  const get = (path: string, headers: Record<string, string> = {}) => yoga.fetch(`http://podnet.test${path}`, { headers });

  it('answers a browser with the page, and JSON clients as before', async () => {
    const page = await get('/', { accept: BROWSER_ACCEPT });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<table class="matrix">');
    for (const accept of ['application/json', '*/*', 'text/html;q=0', '']) {
      const answer = await get('/', accept ? { accept } : {});
      expect(answer.status, accept).toBe(404);
      expect(await answer.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it('forbids framing unless configured, and allows only its own scripts, styles and requests', async () => {
    const csp = (await get('/', { accept: 'text/html' })).headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
    const portal = createTestYoga({ PAGE_FRAME_ANCESTORS: 'https://portal.example.com, https://wiki.example.com' });
    const framed = await portal.yoga.fetch('http://podnet.test/', { headers: { accept: 'text/html' } });
    expect(framed.headers.get('content-security-policy')).toContain('frame-ancestors https://portal.example.com https://wiki.example.com');
    expect(() => createTestYoga({ PAGE_FRAME_ANCESTORS: 'https://portal.example.com/path' })).toThrow(/PAGE_FRAME_ANCESTORS/);
  });

  it('is compressed for clients that take gzip, revalidated with its ETag, and the assets it names are kept a year', async () => {
    const plain = await get('/', { accept: 'text/html' });
    const html = await plain.text();
    const compressed = await get('/', { accept: 'text/html', 'accept-encoding': 'gzip, br' });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('vary')).toBe('Accept, Accept-Encoding');
    expect(gunzipSync(Buffer.from(await compressed.arrayBuffer())).toString()).toBe(html);
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    const etag = plain.headers.get('etag')!;
    expect(compressed.headers.get('etag')).not.toBe(etag);
    const head = await yoga.fetch('http://podnet.test/', { method: 'HEAD', headers: { accept: 'text/html' } });
    expect([head.status, head.headers.get('etag'), await head.text()]).toEqual([200, etag, '']);
    const again = await get('/', { accept: 'text/html', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.map((a) => a.split('/').pop())).toEqual(['icon.svg', 'page.css', 'page.js']);
    for (const asset of assets) {
      const answer = await get(asset, { 'accept-encoding': 'gzip' });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.get('content-encoding')).toBe('gzip');
    }
    // The script's import, relative to it, is served from the same version.
    expect((await get(assets[2]!.replace('page.js', 'render.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // Another version, or a file that is not an asset, is not found.
    expect((await get(assets[2]!.replace(/\/assets\/[^/]+\//, '/assets/old/'))).status).toBe(404);
    expect((await get(assets[2]!.replace('page.js', 'render.d.ts'))).status).toBe(404);
  });

  it('answers a question in the address, and names what is wrong with a bad one', async () => {
    const answered = await (await get('/?nodeType=FARGATE&useCases=NETWORK_POLICY', { accept: 'text/html' })).text();
    const { compatibility } = (
      await (
        await yoga.fetch('http://podnet.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ compatibility(nodeType: FARGATE, useCases: [NETWORK_POLICY]) { summary } }' }),
        })
      ).json()
    ).data;
    expect(answered).toContain(compatibility.summary.replaceAll("'", '&#39;'));
    const wrong = await (await get('/?nodeType=EC2_LINUX&useCases=SNAT,TELEPORT', { accept: 'text/html' })).text();
    expect(wrong).toMatch(/<div class="error" role="alert"><p>Variable &quot;\$useCases&quot; got invalid value &quot;TELEPORT&quot;.* <code>BAD_USER_INPUT<\/code><\/p><p>Valid values: <code>CUSTOM_NETWORKING<\/code>/);
  });

  it('refuses an instance type in the address over INPUT_MAX_NAME_LENGTH, as /graphql does, suggesting nothing', async () => {
    const long = 'm5.large'.repeat(DEFAULT_INPUT_LIMITS.maxNameLength / 8 + 1);
    const page = await (await get(`/?instanceType=${long}&densityNodeType=EC2_LINUX&mode=IP_PREFIXES`, { accept: 'text/html' })).text();
    const start = page.indexOf('id="density-answer"');
    const answer = page.slice(start, page.indexOf('</section>', start));
    expect(answer).toMatch(/<div class="error" role="alert"><p>[^<]*INPUT_MAX_NAME_LENGTH[^<]* <code>BAD_USER_INPUT<\/code><\/p><\/div>/);
    expect(answer).not.toContain('Did you mean');
  });

  it('answers max Pods for the provisioner the address names: what kubelet gets left alone and the API’s snippets', async () => {
    const html = await (await get('/?instanceType=m5.large&densityNodeType=EC2_LINUX&mode=IP_PREFIXES&provisioner=AL2023_NODEADM', { accept: 'text/html' })).text();
    const expected = podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'AL2023_NODEADM' });
    expect(html).toContain('<option value="AL2023_NODEADM" selected>');
    expect(html).toContain(`What kubelet gets when nothing is set (nodeadm)</dt><dd data-number="What kubelet gets when nothing is set (nodeadm)">${expected.kubeletDefault}</dd>`);
    expect(expected.configuration.length).toBeGreaterThan(0);
    for (const snippet of expected.configuration) expect(html).toContain(escapeHtml(snippet.text));
    const byDefault = await (await get('/?instanceType=m5.large&densityNodeType=EC2_LINUX&mode=IP_PREFIXES', { accept: 'text/html' })).text();
    expect(byDefault).toContain('<option value="" selected>');
    expect(byDefault).not.toContain(escapeHtml(expected.configuration[0]!.text));
  });

  it('links each form to GraphiQL with a query that, sent as it is, gets the answer the form shows', async () => {
    const post = async (body: unknown) =>
      (await yoga.fetch('http://podnet.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
    const html = await (await get('/?nodeType=EC2_LINUX&useCases=SNAT,IPV6&instanceType=m5.large&densityNodeType=EC2_LINUX&mode=IP_PREFIXES', { accept: 'text/html' })).text();
    const links = [...html.matchAll(/id="(checker|density)-graphiql" class="graphiql-link" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!.replaceAll('&amp;', '&'), 'http://podnet.test')] as const);
    expect(links.map(([form]) => form)).toEqual(['checker', 'density']);
    const asked: Record<string, { query: string; variables: Record<string, unknown> }> = {
      checker: { query: COMPATIBILITY_QUERY, variables: { nodeType: 'EC2_LINUX', useCases: ['SNAT', 'IPV6'] } },
      density: { query: POD_DENSITY_QUERY, variables: { instanceType: 'm5.large', nodeType: 'EC2_LINUX', mode: 'IP_PREFIXES' } },
    };
    for (const [form, link] of links) {
      const alone = await post({ query: link.searchParams.get('query') });
      expect(alone.errors).toBeUndefined();
      expect(alone).toEqual(await post(asked[form!]));
    }
  });

  it('reads a question from the address with its use cases listed either way, each once, and at most 32 of them', () => {
    expect(questionsOf(new URLSearchParams('nodeType=EC2_LINUX&useCases=SNAT,IPV6&useCases=SNAT&useCases=IPV6, PUBLIC_SUBNETS')).compatibility).toEqual({
      nodeType: 'EC2_LINUX',
      useCases: ['SNAT', 'IPV6', 'PUBLIC_SUBNETS'],
    });
    const many = Array.from({ length: 1000 }, (_, i) => `X${i}`).join(',');
    expect(questionsOf(new URLSearchParams(`nodeType=EC2_LINUX&useCases=${many}`)).compatibility!.useCases).toHaveLength(32);
    expect(questionsOf(new URLSearchParams('')).compatibility).toBeNull();
    expect(questionsOf(new URLSearchParams('instanceType=%20')).podDensity).toBeNull();
  });

  it('says the service is starting until the knowledge is loaded', async () => {
    const plugin = useWebPage({ state: new ServiceState(), frameAncestors: [], graphiql: true, inputLimits: DEFAULT_INPUT_LIMITS });
    let answered: Response | undefined;
    await plugin.onRequest!({
      request: new Request('http://podnet.test/', { headers: { accept: 'text/html' } }),
      url: new URL('http://podnet.test/'),
      endResponse: (response: Response) => (answered = response),
      fetchAPI: { Response },
    } as any);
    expect(answered!.status).toBe(503);
    expect(answered!.headers.get('retry-after')).toBe('1');
  });

  it('takes text/html wherever a browser lists it, with any weight above 0', () => {
    expect(acceptsHtml('text/html')).toBe(true);
    expect(acceptsHtml('application/json, text/html;q=0.5')).toBe(true);
    expect(acceptsHtml('TEXT/HTML; q=0.001')).toBe(true);
    expect(acceptsHtml('text/html;q=0.0')).toBe(false);
    expect(acceptsHtml('text/*')).toBe(false);
    expect(acceptsHtml(null)).toBe(false);
  });
});
