// An answer written for people: a verdict word, a sentence, and supporting points with their sources. Rules build
// messages; src/format renders them as plain text, Markdown or Slack mrkdwn without changing what they say.
import type { Source } from '../knowledge/types.js';

export interface MessagePoint {
  /** What the point is about, e.g. a mode ("IP prefixes") or a setting name. */
  label: string;
  text: string;
  sources: readonly Source[];
  /** Also shown in the short plain-text form (a lint's errors are; a compatibility report's modes are not). */
  inPlainText?: boolean;
}

export interface Message {
  /** "Yes", "Yes, with conditions", "No", "Unknown", or null for an answer that is not a verdict. */
  verdict: string | null;
  /** The answer in one or two sentences. */
  text: string;
  points: readonly MessagePoint[];
}

/** The short plain-text form: the verdict and its sentence, then one line per point marked for it. */
export function messageSentence(message: Message): string {
  const sentence = message.verdict ? `${message.verdict}: ${message.text}` : message.text;
  const lines = message.points.filter((p) => p.inPlainText).map((p) => `- ${p.label}: ${p.text}`);
  return [sentence, ...lines].join('\n');
}
