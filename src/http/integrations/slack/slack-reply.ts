// What a slash command is answered with, in time. Slack waits 3 seconds for the HTTP reply: an answer ready within
// SLACK_REPLY_DEADLINE_MS is the reply itself; otherwise the reply acknowledges at once and the answer is posted to
// the command's response_url when it is ready. "share <question>" posts the answer for the whole channel
// (in_channel); otherwise only the person asking sees it.
import { setTimeout as delay } from 'node:timers/promises';
import { slackReply, type SlackReply } from '../../../format/slack-blocks.js';
import type { Knowledge } from '../../../knowledge/types.js';
import { ask } from '../../../rules/ask/answer.js';
import { RuleError } from '../../../rules/rule-error.js';
import type { Logger } from '../../observability/logger.js';

export interface SlackReplyOptions {
  /** How long the answer may take before the reply only acknowledges; 0 always answers through response_url. */
  deadlineMs: number;
  /** Where answers may be posted: a response_url starting otherwise is not Slack's, and the answer is the reply. */
  responseUrlPrefix: string;
  logger: Logger;
}

type Reply = SlackReply | { response_type: 'ephemeral'; text: string };

const ACKNOWLEDGEMENT: Reply = { response_type: 'ephemeral', text: 'Looking that up: the answer follows in a moment.' };
const POST_TIMEOUT_MS = 10_000;

/** The question and who sees the answer: "share ..." is for the channel. */
function commandText(text: string): { question: string; responseType: SlackReply['response_type'] } {
  const shared = /^share\b\s*([\s\S]*)$/i.exec(text.trim());
  return shared ? { question: shared[1]!.trim(), responseType: 'in_channel' } : { question: text.trim(), responseType: 'ephemeral' };
}

function answer(knowledge: Knowledge, text: string): Reply {
  const { question, responseType } = commandText(text);
  try {
    const answered = ask(knowledge, question);
    return slackReply(answered.message, answered.followUps, responseType);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return { response_type: 'ephemeral', text: error.message };
  }
}

async function post(url: string, reply: Reply): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(reply),
    signal: AbortSignal.timeout(POST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

export async function slackCommandReply(knowledge: Knowledge, form: URLSearchParams, options: SlackReplyOptions): Promise<Reply> {
  // Answered on the next turn of the event loop, so the deadline can win the race.
  const answering = new Promise<Reply>((resolve, reject) => setImmediate(() => {
    try {
      resolve(answer(knowledge, form.get('text') ?? ''));
    } catch (error) {
      reject(error);
    }
  }));
  const responseUrl = form.get('response_url');
  if (responseUrl === null || !responseUrl.startsWith(options.responseUrlPrefix) || !URL.canParse(responseUrl)) return answering;
  if (options.deadlineMs > 0) {
    const timer = new AbortController();
    const inTime = await Promise.race([answering, delay(options.deadlineMs, null, { signal: timer.signal }).catch(() => null)]);
    timer.abort();
    if (inTime !== null) return inTime;
  }
  answering
    .then((reply) => post(responseUrl, reply))
    .catch((error: unknown) => options.logger.warn({ err: error, path: 'response_url' }, 'slack answer not delivered'));
  return ACKNOWLEDGEMENT;
}
