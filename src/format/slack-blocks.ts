// A Message as Slack Block Kit blocks for a slash-command reply: the answer, its points, its sources and what to
// ask next. Within Block Kit's limits, whatever the answer's length: a section's text holds at most 3000 characters,
// a context block at most 10 elements, a message at most 50 blocks. Long points and sources are split at line ends
// (or spaces) over several blocks; what does not fit in 50 blocks is counted in a last line, never cut off silently.
import type { Message } from '../rules/message.js';
import { renderMessage } from './render-message.js';

export const SLACK_LIMITS = { textChars: 3000, contextElements: 10, blocks: 50 } as const;

export interface SlackBlock {
  type: 'section' | 'context' | 'divider';
  text?: { type: 'mrkdwn'; text: string };
  elements?: { type: 'mrkdwn'; text: string }[];
}

export interface SlackReply {
  response_type: 'ephemeral' | 'in_channel';
  /** Shown in notifications and where blocks cannot be. */
  text: string;
  blocks: SlackBlock[];
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text: clip(text, SLACK_LIMITS.textChars) });

/** A line longer than the text limit, cut at spaces into pieces within it. */
function pieces(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > SLACK_LIMITS.textChars) {
    const cut = rest.lastIndexOf(' ', SLACK_LIMITS.textChars);
    const at = cut > 0 ? cut : SLACK_LIMITS.textChars;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  return [...out, rest];
}

/** Lines gathered into chunks of at most the text limit. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n').flatMap(pieces)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= SLACK_LIMITS.textChars) out[out.length - 1] = `${last}\n${line}`;
    else out.push(line);
  }
  return out;
}

/** The blocks, at most the limit: the last kept block says how many lines did not fit. */
function withinBlockLimit(blocks: SlackBlock[], lineCount: (block: SlackBlock) => number): SlackBlock[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
  const left = blocks.slice(SLACK_LIMITS.blocks - 1).reduce((n, b) => n + lineCount(b), 0);
  return [...kept, { type: 'context', elements: [mrkdwn(`…and ${left} more line${left === 1 ? '' : 's'}: ask the GraphQL \`ask\` query for the whole answer.`)] }];
}

export function slackReply(message: Message, followUps: readonly string[], responseType: SlackReply['response_type'] = 'ephemeral'): SlackReply {
  // The rendered answer is the verdict line, a blank line, the points, a blank line and the sources.
  const [answer = '', points = '', sources = ''] = renderMessage(message, 'SLACK').split('\n\n');
  const blocks: SlackBlock[] = chunks(answer).map((text) => ({ type: 'section', text: mrkdwn(text) }));
  if (points) blocks.push(...chunks(points).map((text): SlackBlock => ({ type: 'section', text: mrkdwn(text) })));
  const sourceChunks = sources ? chunks(sources) : [];
  for (let i = 0; i < sourceChunks.length; i += SLACK_LIMITS.contextElements) {
    blocks.push({ type: 'context', elements: sourceChunks.slice(i, i + SLACK_LIMITS.contextElements).map(mrkdwn) });
  }
  if (followUps.length > 0) blocks.push({ type: 'context', elements: [mrkdwn(`Try: ${followUps.slice(0, 3).map((q) => `“${q}”`).join(' · ')}`)] });
  const lineCount = (b: SlackBlock) => [b.text, ...(b.elements ?? [])].reduce((n, t) => n + (t ? t.text.split('\n').length : 0), 0);
  return { response_type: responseType, text: clip(renderMessage(message, 'PLAIN'), SLACK_LIMITS.textChars), blocks: withinBlockLimit(blocks, lineCount) };
}
