// The page at / in a real browser, with every request off the machine refused: the matrix shows every cell the API
// gives, the checker and the max Pods form show the API's own answers, nothing logs an error, and axe finds no
// serious accessibility problem in light or dark. Screenshots of each view go to test/browser/screenshots/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { SUPPORT_LABELS } from '../../src/domain/labels.js';
import { COMPATIBILITY_QUERY, POD_DENSITY_QUERY, withDefaults } from '../../src/web/assets/render.js';
import { MATRIX_QUERY } from '../../src/web/page.js';
import { startTestService } from '../support/service.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(PROJECT_ROOT, 'test', 'browser', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(existsSync(CHROMIUM) || process.env.CI)('the page at / in a browser', { timeout: 120_000 }, () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  let browser: Browser;
  let base: string;
  const offsite: string[] = [];
  const consoleErrors: string[] = [];
  const contexts: BrowserContext[] = [];

  async function api(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as { data: any }).data;
  }

  /** A page in a fresh context that refuses requests off the machine and records console errors. */
  async function openPage(path: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
    contexts.push(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === base) return route.continue();
      offsite.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${base}${path}`);
    return page;
  }

  async function seriousViolations(page: Page) {
    // Evaluated through the debugging protocol, which the page's Content-Security-Policy does not govern.
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(() => (window as any).axe.run());
    return (results.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    service = await startTestService();
    base = service.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await service.close();
  });

  it('shows every cell of the matrix with the verdict the API gives, and its sources on hover and on focus', async () => {
    const { modes } = await api(MATRIX_QUERY);
    const page = await openPage('/');
    // Every cell as the page shows it, read in one go.
    const cells = await page.locator('td.cell').evaluateAll((tds) =>
      tds.map((td) => {
        const cell = td as HTMLElement;
        return {
          key: `${cell.dataset.useCase ? `use case ${cell.dataset.useCase}` : `capability ${cell.dataset.capability}`} ${cell.dataset.nodeType} ${cell.dataset.mode}`,
          support: cell.dataset.support ?? null,
          value: cell.dataset.value ?? null,
          verdict: (cell.querySelector('.verdict') as HTMLElement | null)?.innerText ?? null,
          text: (cell.querySelector('.cell-text') as HTMLElement).innerText,
        };
      }),
    );
    const shown = new Map(cells.map((c) => [c.key, c]));
    expect(shown.size).toBe(cells.length);
    expect(cells.length).toBe(modes.length * (modes[0].useCases.length + modes[0].capabilities.length));
    for (const mode of modes) {
      for (const verdict of mode.useCases) {
        const cell = shown.get(`use case ${verdict.useCase} ${mode.nodeType} ${mode.mode}`)!;
        expect(cell.support).toBe(verdict.support);
        // The word as the answers write it; the style sheet capitalises its first letter.
        expect(cell.verdict!.toLowerCase()).toBe(SUPPORT_LABELS[verdict.support as keyof typeof SUPPORT_LABELS]);
        expect(cell.text).toBe(verdict.detail);
      }
      for (const capability of mode.capabilities) {
        const cell = shown.get(`capability ${capability.capability} ${mode.nodeType} ${mode.mode}`)!;
        expect(cell.value).toBe(capability.value ?? '');
        expect(cell.text).toBe(capability.detail);
      }
    }
    await screenshot(page, 'matrix-light');

    // Hover: the first cell's sources appear, with a link to the first source.
    const [first] = modes;
    const firstCell = page.locator(`td.cell[data-use-case="${first.useCases[0].useCase}"][data-node-type="${first.nodeType}"][data-mode="${first.mode}"]`);
    const popup = firstCell.locator('.cell-sources');
    expect((await popup.boundingBox())!.width).toBeLessThanOrEqual(1);
    await firstCell.scrollIntoViewIfNeeded();
    await firstCell.hover();
    expect((await popup.boundingBox())!.width).toBeGreaterThan(100);
    expect(await popup.locator('a').first().getAttribute('href')).toBe(first.useCases[0].sources[0].url);
    const box = (await firstCell.boundingBox())!;
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-cell-hover.png'), clip: { x: box.x, y: box.y, width: 520, height: box.height + 260 } });
    // Focus: tabbing into a cell's link shows that cell's sources.
    await page.mouse.move(0, 0);
    await page.locator('#matrix-caption').click();
    const link = firstCell.locator('.cell-sources a').first();
    await link.focus();
    expect((await popup.boundingBox())!.width).toBeGreaterThan(100);

    expect(await seriousViolations(page)).toEqual([]);
  });

  it('looks right in dark mode too, and axe finds nothing serious there', async () => {
    const page = await openPage('/', { colorScheme: 'dark' });
    await screenshot(page, 'matrix-dark');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the checker shows the API answer for each question without a reload, and the address answers it without JavaScript', async () => {
    const questions = [
      { nodeType: 'EC2_LINUX', useCases: ['SNAT', 'IPV6'] },
      { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS'] },
      { nodeType: 'EC2_WINDOWS', useCases: ['CALICO_NETWORK_POLICY'] },
      { nodeType: 'FARGATE', useCases: ['NETWORK_POLICY', 'PUBLIC_SUBNETS'] },
    ];
    const page = await openPage('/');
    // A mark that a reload would wipe.
    await page.evaluate(() => ((window as any).notReloaded = true));
    for (const question of questions) {
      const { compatibility } = await api(COMPATIBILITY_QUERY, question);
      await page.selectOption('#checker-node-type', question.nodeType);
      for (const box of await page.locator('#checker-form input[name="useCases"]').all()) {
        await box.setChecked(question.useCases.includes((await box.getAttribute('value'))!));
      }
      const summary = page.locator('#checker-answer .summary');
      await expect.poll(() => summary.innerText(), { timeout: 10_000 }).toContain(compatibility.summary);
      expect(await summary.getAttribute('data-support')).toBe(compatibility.support);
      const shown = await page.locator('#checker-answer .mode-verdict').evaluateAll((sections) =>
        sections.map((s) => [(s as HTMLElement).dataset.mode, (s as HTMLElement).dataset.support]),
      );
      expect(shown).toEqual(compatibility.modes.map((m: any) => [m.mode, m.support]));
      const conditions = await page.locator('#checker-answer .conditions li').allInnerTexts();
      expect(conditions).toEqual(compatibility.modes.flatMap((m: any) => m.requirements));
      const address = new URL(page.url());
      expect(address.searchParams.get('nodeType')).toBe(question.nodeType);
      expect(address.searchParams.get('useCases')!.split(',').sort()).toEqual([...question.useCases].sort());
    }
    expect(await page.evaluate(() => (window as any).notReloaded)).toBe(true);
    await page.locator('#checker').screenshot({ path: join(SCREENSHOTS, 'checker.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // The address as it would be pasted into a chat, opened by a browser without JavaScript.
    const pasted = await openPage('/?nodeType=EC2_LINUX&useCases=SNAT,IPV6', { javaScriptEnabled: false });
    const { compatibility } = await api(COMPATIBILITY_QUERY, { nodeType: 'EC2_LINUX', useCases: ['SNAT', 'IPV6'] });
    expect(await pasted.locator('#checker-answer .summary').innerText()).toContain(compatibility.summary);
    expect(await pasted.locator('#checker-form input[name="useCases"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual([
      'SNAT',
      'IPV6',
    ]);
    await screenshot(pasted, 'checker-without-javascript');
  });

  it('the max Pods form suggests instance types as they are typed and shows the API numbers, arithmetic and configuration', async () => {
    const page = await openPage('/');
    await page.locator('#density-instance-type').pressSequentially('m5');
    const suggested = page.locator('#instance-type-suggestions option');
    await expect.poll(() => suggested.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const { instanceTypes } = await api('query ($family: String!) { instanceTypes(filter: { family: $family }, first: 100) { name } }', { family: 'm5' });
    expect(await suggested.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(instanceTypes.map((t: any) => t.name));

    for (const [mode, nodeType] of [['INDIVIDUAL_IPS', 'EC2_WINDOWS'], ['SECURITY_GROUPS_FOR_PODS', 'EC2_LINUX'], ['IP_PREFIXES', 'EC2_LINUX']] as const) {
      const variables = { instanceType: 'm5.large', nodeType, mode };
      const expected = await api(POD_DENSITY_QUERY, variables);
      await page.fill('#density-instance-type', 'm5.large');
      await page.selectOption('#density-node-type', nodeType);
      await page.selectOption('#density-mode', mode);
      await page.click('#density-form button[type="submit"]');
      const maxPods = page.locator('#density-answer [data-number="Max Pods"]');
      await expect.poll(() => page.locator('#density-answer .summary').innerText(), { timeout: 10_000 }).toContain(expected.podDensity.instanceType);
      await expect.poll(() => page.locator('#density-answer .formula').innerText(), { timeout: 10_000 }).toBe(expected.podDensity.formula);
      expect(await maxPods.innerText()).toBe(String(expected.podDensity.maxPods));
      expect(await page.locator('#density-answer [data-number="Recommended max Pods for kubelet"]').innerText()).toBe(String(expected.podDensity.recommendedMaxPods));
      // The aws-node settings on Linux nodes (aws-node's settings are not read on Windows nodes) and the provisioner's
      // first snippet as the API gives it.
      const settings = nodeType === 'EC2_LINUX' ? expected.requiredSettings : [];
      const configuration = expected.podDensity.configuration[0];
      if (settings.length === 0 && !configuration) {
        expect(await page.locator('#density-snippet').count()).toBe(0);
      } else {
        const snippet = await page.locator('#density-snippet').innerText();
        if (configuration) expect(snippet).toContain(configuration.text);
        for (const required of settings) expect(snippet).toContain(`${required.setting.name}=${required.value}`);
      }
      expect(new URL(page.url()).searchParams.get('mode')).toBe(mode);
    }
    await page.click('#density-answer button.copy');
    await expect.poll(() => page.locator('#density-answer button.copy').innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#density-snippet').innerText());
    await page.locator('#density').screenshot({ path: join(SCREENSHOTS, 'max-pods.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // A mistyped name: the API's error, and its suggestions answer at a click.
    await page.fill('#density-instance-type', 'm5.larg');
    await page.click('#density-form button[type="submit"]');
    await page.locator('#density-answer [data-suggestion="m5.large"]').click();
    await expect.poll(() => page.locator('#density-answer .summary').innerText(), { timeout: 10_000 }).toContain('m5.large');
  });

  it('says what came back when something in front of the service answers with a page instead of GraphQL (a 502)', async () => {
    const page = await openPage('/');
    await page.route('**/graphql', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway</body></html>' }));
    await page.selectOption('#checker-node-type', 'FARGATE');
    const answer = page.locator('#checker-answer');
    await expect.poll(() => answer.innerText(), { timeout: 10_000 }).toContain('podnet answered 502 Bad Gateway, not with an answer');
    expect(await answer.innerText()).not.toContain('Unexpected token');
    // Chromium reports the 502 itself in the console: the one console error this test expects.
    const others = consoleErrors.filter((message) => !message.includes('status of 502'));
    consoleErrors.splice(0, consoleErrors.length, ...others);
  });

  it('links to GraphiQL with the checker question filled in', async () => {
    const page = await openPage('/?nodeType=FARGATE&useCases=NETWORK_POLICY');
    const href = await page.locator('#checker-graphiql').getAttribute('href');
    const target = new URL(href!, base);
    expect(target.pathname).toBe('/graphql');
    const query = target.searchParams.get('query')!;
    expect(query).toBe(withDefaults(COMPATIBILITY_QUERY, { nodeType: 'FARGATE', useCases: ['NETWORK_POLICY'] }));
    // GraphiQL opens with it in its editor (its own page: its console is not the page's).
    const graphiql = await browser.newPage();
    await graphiql.goto(target.href);
    const editors = async () => (await graphiql.innerText('.graphiql-editors')).replace(/\s+/gu, ' ');
    await expect.poll(editors, { timeout: 20_000 }).toContain('query PageCompatibility($nodeType: NodeType! = FARGATE, $useCases: [UseCase!]! = [NETWORK_POLICY])');
    await graphiql.close();
  });
});
