// Renders a Message for where it will be read: PLAIN is the short sentence a bot can post as it is; MARKDOWN and
// SLACK add one line per point and numbered footnotes linking each source, so long answers stay readable in chat.
import type { Source } from '../knowledge/types.js';
import { messageSentence, type Message } from '../rules/message.js';

export const SUMMARY_FORMATS = ['PLAIN', 'MARKDOWN', 'SLACK'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** Setting names and other SCREAMING_SNAKE words read as code, so chat clients do not italicise their underscores. */
const CODE_WORD = /\b[A-Z][A-Z0-9]*(?:_[A-Za-z0-9]+)+(?:=[A-Za-z0-9.]+)?\b/g;

interface Dialect {
  bold(text: string): string;
  escape(text: string): string;
  bullet: string;
  link(source: Source): string;
  sourcesHeading: string;
}

const markdown: Dialect = {
  bold: (t) => `**${t}**`,
  escape: (t) => t.replace(/([\\[\]*])/g, '\\$1').replace(CODE_WORD, (w) => `\`${w}\``),
  bullet: '-',
  link: (s) => (s.url ? `[${s.document}](${s.url})` : s.document),
  sourcesHeading: 'Sources:',
};

const slack: Dialect = {
  bold: (t) => `*${t}*`,
  // Slack mrkdwn reserves only &, < and >.
  escape: (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(CODE_WORD, (w) => `\`${w}\``),
  bullet: '•',
  link: (s) => (s.url ? `<${s.url}|${s.document}>` : s.document),
  sourcesHeading: '_Sources_',
};

/** A source's place, with a long table-row heading cut short: the link leads to the whole text. */
function shortLocation(location: string): string {
  return location.replace(/row "([^"]{40})[^"]+"/, 'row "$1…"');
}

function renderRich(message: Message, d: Dialect): string {
  const footnotes: Source[] = [];
  const footnote = (s: Source) => {
    const at = footnotes.findIndex((f) => f.ref === s.ref);
    if (at >= 0) return at + 1;
    footnotes.push(s);
    return footnotes.length;
  };
  const lines = [message.verdict ? `${d.bold(`${message.verdict}:`)} ${d.escape(message.text)}` : d.escape(message.text)];
  if (message.points.length > 0) lines.push('');
  for (const point of message.points) {
    const marks = point.sources.map((s) => `[${footnote(s)}]`).join('');
    lines.push(`${d.bullet} ${d.bold(d.escape(point.label))}: ${d.escape(point.text)}${marks ? ` ${marks}` : ''}`);
  }
  if (footnotes.length > 0) {
    lines.push('', d.sourcesHeading);
    footnotes.forEach((s, i) => lines.push(`[${i + 1}] ${d.link(s)}: ${d.escape(shortLocation(s.location))}`));
  }
  return lines.join('\n');
}

export function renderMessage(message: Message, format: SummaryFormat): string {
  switch (format) {
    case 'PLAIN':
      return messageSentence(message);
    case 'MARKDOWN':
      return renderRich(message, markdown);
    case 'SLACK':
      return renderRich(message, slack);
  }
}
