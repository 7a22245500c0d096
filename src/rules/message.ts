// An answer written for people: a verdict word, a sentence, and supporting points with their sources. Rules build
// messages; src/format renders them as plain text, Markdown or Slack mrkdwn without changing what they say.
import type { Source } from '../knowledge/types.js';

export interface MessagePoint {
  /** What the point is about, e.g. a mode ("IP prefixes") or a setting name. */
  label: string;
  text: string;
  sources: readonly Source[];
}

export interface Message {
  /** "Yes", "Yes, with conditions", "No", "Unknown", or null for an answer that is not a verdict. */
  verdict: string | null;
  /** The answer in one or two sentences. */
  text: string;
  points: readonly MessagePoint[];
}

/** The short plain-text form: the verdict and its sentence, nothing else. */
export function messageSentence(message: Message): string {
  return message.verdict ? `${message.verdict}: ${message.text}` : message.text;
}
