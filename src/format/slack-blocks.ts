// A Message as Slack Block Kit blocks for a slash-command reply: the answer, its points, its sources and what to
// ask next. Slack caps a section's text at 3000 characters and a context at 10 elements.
import type { Message } from '../rules/message.js';
import { renderMessage } from './render-message.js';

const SECTION_LIMIT = 3000;

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

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text: clip(text, SECTION_LIMIT) });

export function slackReply(message: Message, followUps: readonly string[]): SlackReply {
  // The rendered answer is the verdict line, a blank line, the points, a blank line and the sources.
  const [answer = '', points = '', sources = ''] = renderMessage(message, 'SLACK').split('\n\n');
  const blocks: SlackBlock[] = [{ type: 'section', text: mrkdwn(answer) }];
  if (points) blocks.push({ type: 'section', text: mrkdwn(points) });
  if (sources) blocks.push({ type: 'context', elements: [mrkdwn(sources)] });
  if (followUps.length > 0) blocks.push({ type: 'context', elements: [mrkdwn(`Try: ${followUps.slice(0, 3).map((q) => `“${q}”`).join(' · ')}`)] });
  return { response_type: 'ephemeral', text: clip(renderMessage(message, 'PLAIN'), SECTION_LIMIT), blocks };
}
