// Requests signed the way Slack documents: X-Slack-Signature = "v0=" + hex HMAC-SHA256(secret, "v0:" + timestamp +
// ":" + raw body), with X-Slack-Request-Timestamp in seconds.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestYoga } from '../support/yoga.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const PATH = 'http://podnet.test/integrations/slack/command';

function form(text: string, responseUrl = 'https://hooks.example/1'): string {
  return new URLSearchParams({ token: 'x', team_id: 'T1', command: '/podnet', text, user_id: 'U1', response_url: responseUrl }).toString();
}

function signed(body: string, secret = SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
    body,
  };
}

describe('Slack slash command', () => {
  const t = createTestYoga({ SLACK_SIGNING_SECRET: SECRET });

  it('answers a signed command with blocks built from ask', async () => {
    const response = await t.yoga.fetch(PATH, signed(form('can I use network policy on fargate?')));
    expect(response.status).toBe(200);
    const reply = await response.json();
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/^No: /);
    expect(reply.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: expect.stringMatching(/^\*No:\* /) } });
    expect(reply.blocks.find((b: any) => b.type === 'context').elements[0].text).toContain('<https://docs.aws.amazon.com/eks/latest/userguide/pod-networking-use-cases.html|');
  });

  it('answers an EKS Auto Mode question with the user guide file it rests on', async () => {
    const reply = await (await t.yoga.fetch(PATH, signed(form('can we keep security groups for pods if we move to auto mode?')))).json();
    expect(reply.text).toMatch(/^No: no Pod networking mode of EKS Auto Mode supports security groups for Pods/);
    expect(reply.blocks.find((b: any) => b.type === 'context').elements[0].text).toContain('latest/ug/automode/auto-networking.adoc#L46|');
  });

  it('shows example questions for an empty command', async () => {
    const reply = await (await t.yoga.fetch(PATH, signed(form('')))).json();
    expect(reply.text).toContain('I could not place this question.');
    expect(reply.blocks.at(-1).elements[0].text).toContain('Try: ');
  });

  it.each([
    ['a wrong signature', () => signed(form('ipv6?'), 'another-secret-of-some-length')],
    ['a request older than five minutes', () => signed(form('ipv6?'), SECRET, Math.floor(Date.now() / 1000) - 301)],
    ['a body changed after signing', () => ({ ...signed(form('ipv6?')), body: form('ipv6 on fargate?') })],
    ['no signature', () => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form('ipv6?') })],
  ])('refuses %s with 401 and logs it', async (_what, request) => {
    const response = await t.yoga.fetch(PATH, request());
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(t.logs().some((l) => l.msg === 'slack request refused' && l.level === 'warn')).toBe(true);
  });

  it('refuses a signed request sent a second time within its five minutes, and logs it', async () => {
    const request = signed(form('can I use custom networking on fargate?'));
    expect((await t.yoga.fetch(PATH, request)).status).toBe(200);
    const replay = await t.yoga.fetch(PATH, request);
    expect(replay.status).toBe(401);
    expect((await replay.json()).errors[0]).toEqual({ message: 'This signed request was already received.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(t.logs().some((l) => l.msg === 'slack request refused' && l.reason === 'signature already used')).toBe(true);
    // Another command signed in the same second is not a replay.
    expect((await t.yoga.fetch(PATH, signed(form('can I use ipv6 on fargate?')))).status).toBe(200);
  });

  it('refuses a chunked body over 16 KiB, counted as it is read, before checking its signature', async () => {
    const body = form('x'.repeat(175 * 1024));
    const { headers } = signed(body);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < body.length; at += 4096) controller.enqueue(Buffer.from(body.slice(at, at + 4096)));
        controller.close();
      },
    });
    const response = await t.yoga.fetch(PATH, { method: 'POST', headers, body: chunks, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('is off without a signing secret', async () => {
    const off = createTestYoga();
    expect((await off.yoga.fetch(PATH, signed(form('ipv6?')))).status).toBe(404);
  });

  it('refuses a signing secret too short to be one at start-up', () => {
    expect(() => createTestYoga({ SLACK_SIGNING_SECRET: 'short' })).toThrow(/SLACK_SIGNING_SECRET is not valid/);
  });
});

describe('Slack slash command: in time, for the channel when asked', () => {
  // A loopback server standing in for Slack's response_url.
  let server: Server;
  let base: string;
  const posted: { path: string; body: any }[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        posted.push({ path: request.url!, body: JSON.parse(body) });
        // Paths under /refused stand for a response_url Slack no longer accepts.
        response.statusCode = request.url!.startsWith('/refused/') ? 404 : 200;
        response.end('ok');
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function delivered(path: string) {
    for (let i = 0; i < 200 && !posted.some((p) => p.path === path); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return posted.find((p) => p.path === path)?.body;
  }

  it('acknowledges at once and posts the answer to response_url when the answer is not ready in time', async () => {
    const t = createTestYoga({ SLACK_SIGNING_SECRET: SECRET, SLACK_REPLY_DEADLINE_MS: '0', SLACK_RESPONSE_URL_PREFIX: base });
    const response = await t.yoga.fetch(PATH, signed(form('can I use network policy on fargate?', `${base}later/1`)));
    expect(response.status).toBe(200);
    const ack = await response.json();
    expect(ack).toEqual({ response_type: 'ephemeral', text: expect.stringContaining('the answer follows') });
    const answer = await delivered('/later/1');
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toMatch(/^No: /);
    expect(answer.blocks[0].text.text).toMatch(/^\*No:\* /);
  });

  it('logs an answer that response_url refuses, and keeps serving', async () => {
    const t = createTestYoga({ SLACK_SIGNING_SECRET: SECRET, SLACK_REPLY_DEADLINE_MS: '0', SLACK_RESPONSE_URL_PREFIX: base });
    const response = await t.yoga.fetch(PATH, signed(form('can I use network policy on fargate?', `${base}refused/1`)));
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: expect.stringContaining('the answer follows') });
    await delivered('/refused/1');
    const notDelivered = () => t.logs().find((l) => l.msg === 'slack answer not delivered');
    for (let i = 0; i < 200 && !notDelivered(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(notDelivered()).toMatchObject({ level: 'warn', path: 'response_url', err: expect.objectContaining({ message: 'response_url answered 404' }) });
    expect((await t.yoga.fetch(PATH, signed(form('ipv6 on fargate', `${base}after-refusal/1`)))).status).toBe(200);
  });

  it('answers in the reply itself when the answer is ready within the deadline, posting nothing', async () => {
    const t = createTestYoga({ SLACK_SIGNING_SECRET: SECRET, SLACK_RESPONSE_URL_PREFIX: base });
    const reply = await (await t.yoga.fetch(PATH, signed(form('ipv6 on fargate', `${base}later/2`)))).json();
    expect(reply.blocks.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted.some((p) => p.path === '/later/2')).toBe(false);
  });

  it('never posts to a response_url that is not Slack\'s: the answer is the reply', async () => {
    const t = createTestYoga({ SLACK_SIGNING_SECRET: SECRET, SLACK_REPLY_DEADLINE_MS: '0' });
    const reply = await (await t.yoga.fetch(PATH, signed(form('ipv6 on fargate', `${base}later/3`)))).json();
    expect(reply.blocks.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted.some((p) => p.path === '/later/3')).toBe(false);
  });

  it('posts for the whole channel with "share", also through response_url', async () => {
    const inline = await (await createTestYoga({ SLACK_SIGNING_SECRET: SECRET }).yoga.fetch(PATH, signed(form('share netpol on windows')))).json();
    expect(inline.response_type).toBe('in_channel');
    expect(inline.text).toMatch(/^No: /);
    const t = createTestYoga({ SLACK_SIGNING_SECRET: SECRET, SLACK_REPLY_DEADLINE_MS: '0', SLACK_RESPONSE_URL_PREFIX: base });
    await t.yoga.fetch(PATH, signed(form('SHARE netpol on windows', `${base}later/4`)));
    expect((await delivered('/later/4')).response_type).toBe('in_channel');
  });

  it('keeps a long answer within Block Kit limits', async () => {
    const names = 'WARM_IP_TARGET MINIMUM_IP_TARGET WARM_PREFIX_TARGET WARM_ENI_TARGET ENABLE_PREFIX_DELEGATION ENABLE_POD_ENI AWS_VPC_K8S_CNI_EXTERNALSNAT AWS_VPC_K8S_CNI_RANDOMIZESNAT ENABLE_IPv6 ANNOTATE_POD_IP';
    const reply = await (await createTestYoga({ SLACK_SIGNING_SECRET: SECRET }).yoga.fetch(PATH, signed(form(`what do ${names} do?`)))).json();
    const texts = reply.blocks.flatMap((b: any) => [b.text?.text, ...(b.elements ?? []).map((e: any) => e.text)]).filter(Boolean);
    expect(texts.join('').length).toBeGreaterThan(3000);
    expect(reply.blocks.length).toBeLessThanOrEqual(50);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(3000);
    for (const name of names.split(' ')) expect(texts.join('\n')).toContain(name);
  });
});
