// POST /integrations/slack/command: a Slack slash command ("/podnet can I use network policy on fargate?").
// The request must carry Slack's signature over its raw body; the reply is Slack blocks built from `ask`, the same
// answer the GraphQL `ask` query gives, in time (slack-reply.ts). Off unless SLACK_SIGNING_SECRET is configured.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../observability/logger.js';
import type { ServiceState } from '../../process/service-state.js';
import { textWithin } from './bounded-body.js';
import { SlackReplayGuard } from './slack-replay-guard.js';
import { slackCommandReply, type SlackReplyOptions } from './slack-reply.js';
import { checkSlackSignature } from './slack-signature.js';

const SLACK_COMMAND_PATH = '/integrations/slack/command';
// A slash command's form is a few hundred bytes; anything much larger is not from Slack.
const MAX_SLACK_BODY_BYTES = 16 * 1024;

export function useSlackCommand(options: { secret: string; state: ServiceState; logger: Logger; reply: Omit<SlackReplyOptions, 'logger'> }): Plugin {
  const replays = new SlackReplayGuard();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== SLACK_COMMAND_PATH) return;
      const reply = (status: number, body: unknown) => endResponse(fetchAPI.Response.json(body, { status }));
      const refuse = (status: number, code: string, message: string) => reply(status, { errors: [{ message, extensions: { code } }] });
      if (request.method !== 'POST') return refuse(405, 'METHOD_NOT_ALLOWED', 'Slack slash commands are sent with POST.');
      if (Number(request.headers.get('content-length') ?? 0) > MAX_SLACK_BODY_BYTES) return refuse(413, 'REQUEST_ENTITY_TOO_LARGE', 'Not a slash command.');
      // Content-Length is checked above; a chunked body has none, so the bytes read are counted too.
      const body = await textWithin(request, MAX_SLACK_BODY_BYTES);
      if (body === null) return refuse(413, 'REQUEST_ENTITY_TOO_LARGE', 'Not a slash command.');
      const nowSeconds = Math.floor(Date.now() / 1000);
      const check = checkSlackSignature(
        options.secret,
        { timestamp: request.headers.get('x-slack-request-timestamp'), signature: request.headers.get('x-slack-signature') },
        body,
        nowSeconds,
      );
      if (check.valid && !replays.firstUse(request.headers.get('x-slack-signature')!, Number(request.headers.get('x-slack-request-timestamp')), nowSeconds)) {
        options.logger.warn({ path: SLACK_COMMAND_PATH, reason: 'signature already used' }, 'slack request refused');
        return refuse(401, 'UNAUTHENTICATED', 'This signed request was already received.');
      }
      if (!check.valid) {
        options.logger.warn({ path: SLACK_COMMAND_PATH, reason: check.reason }, 'slack request refused');
        return refuse(401, 'UNAUTHENTICATED', 'The request is not signed by Slack.');
      }
      const knowledge = options.state.knowledge;
      if (!knowledge) return refuse(503, 'SERVICE_UNAVAILABLE', 'The service is starting.');
      const form = new URLSearchParams(body);
      // Slack checks the endpoint's certificate now and then with ssl_check=1 and expects a 200.
      if (form.get('ssl_check') === '1') return reply(200, {});
      return reply(200, await slackCommandReply(knowledge, form, { ...options.reply, logger: options.logger }));
    },
  };
}
