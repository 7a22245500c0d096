// Phrases written with typos ("secuirty groups for pods", "fargte"), read by edit distance, as instance types and
// settings already are. A misspelt phrase may hold a shorter phrase spelt right ("prefix delegaton" holds "prefix"):
// the longer reading replaces the shorter one. A word close to a term that no phrase fits is
// reported as unclear rather than dropped, so a question is never answered as if the word were not there.
import { typoDistance } from '../edit-distance.js';

export interface PhraseEntry {
  phrase: string;
  kind: 'NODE_TYPE' | 'MODE' | 'USE_CASE';
  value: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface TypoMatch extends Span {
  entry: PhraseEntry;
  /** False when the words differ from the phrase only in a plural "s" ("linux node"): no typo to mention. */
  misspelt: boolean;
}

export interface UnclearWord {
  start: number;
  end: number;
  /** The phrases holding the term the word is close to. */
  near: string[];
}

/** Edits a phrase of this many characters may be away: one in a short word, more in a long phrase. */
function typoBudget(length: number): number {
  return length >= 16 ? 3 : length >= 8 ? 2 : 1;
}

function wordBudget(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

const MIN_LENGTH = 5;
// Words of phrases too common to say which term was meant when misspelt.
const GENERIC_WORDS = new Set(['nodes', 'group', 'groups', 'network', 'networks', 'cluster', 'different', 'source', 'address', 'addresses']);

const normal = (phrase: string) => phrase.replace(/[^a-z0-9/]/g, ' ').replace(/\s+/g, ' ').trim();

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[a-z0-9/]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A typo keeps each word's first letter: "api" is not "ip", "node" is not "mode". */
const sameInitials = (a: readonly string[], b: readonly string[]) => a.every((w, i) => w[0] === b[i]?.[0]);

/**
 * Reads typos in `text` (the folded question, names and versions blanked), where the phrases spelt right stand at
 * `exact`. `questionWords` are words that ask something ("modes", "settings") and are never part of a term.
 */
export function readTypos(
  text: string,
  exact: readonly Span[],
  phrases: readonly PhraseEntry[],
  questionWords: ReadonlySet<string>,
): { matches: TypoMatch[]; unclear: UnclearWord[] } {
  const words = wordsOf(text).filter((w) => !/^\d+$/.test(w.text));
  const exactOf = words.map((w) => exact.findIndex((e) => e.start <= w.start && w.end <= e.end));
  // Per span of words, the phrases closest to it (more than one value when two terms are equally close).
  const candidates: { entries: PhraseEntry[]; from: number; to: number; distance: number; misspelt: boolean }[] = [];
  for (const entry of phrases) {
    const target = normal(entry.phrase);
    if (target.length < MIN_LENGTH) continue;
    const targetWords = target.split(' ');
    const n = targetWords.length;
    for (let i = 0; i + n <= words.length; i++) {
      const window = words.slice(i, i + n);
      // Words of one phrase stand together, punctuation aside; a phrase spelt right is taken whole or not at all.
      if (window.some((w, j) => (j > 0 && w.start - window[j - 1]!.end > 3) || questionWords.has(w.text))) continue;
      const inside = exactOf.slice(i, i + n);
      if (inside.every((e) => e >= 0) || exactOf.some((e, j) => e >= 0 && inside.includes(e) && (j < i || j >= i + n))) continue;
      const text = window.map((w) => w.text).join(' ');
      if (Math.abs(text.length - target.length) > typoBudget(target.length) || !sameInitials(window.map((w) => w.text), targetWords)) continue;
      const distance = typoDistance(text, target);
      if (distance === 0 || distance > typoBudget(target.length)) continue;
      // Each word a typo or two from its own, so "with prefixes" never reads as "without prefixes".
      if (window.some((w, j) => typoDistance(w.text, targetWords[j]!) > wordBudget(targetWords[j]!))) continue;
      const misspelt = window.some((w, j) => ![w.text, `${w.text}s`].includes(targetWords[j]!) && w.text !== `${targetWords[j]}s`);
      const same = candidates.find((c) => c.from === i && c.to === i + n);
      if (!same) candidates.push({ entries: [entry], from: i, to: i + n, distance, misspelt });
      else if (distance < same.distance) Object.assign(same, { entries: [entry], distance, misspelt });
      else if (distance === same.distance && !same.entries.some((e) => e.value === entry.value)) same.entries.push(entry);
    }
  }
  // The closest, then the longest, first; a word belongs to one match.
  candidates.sort((a, b) => a.distance - b.distance || b.to - b.from - (a.to - a.from));
  const taken = new Set<number>();
  const matches: TypoMatch[] = [];
  const unclear: UnclearWord[] = [];
  for (const c of candidates) {
    if (Array.from({ length: c.to - c.from }, (_, j) => c.from + j).some((i) => taken.has(i))) continue;
    for (let i = c.from; i < c.to; i++) taken.add(i);
    const span = { start: words[c.from]!.start, end: words[c.to - 1]!.end };
    // Two terms equally close: not a guess to make.
    if (c.entries.length > 1) unclear.push({ ...span, near: c.entries.map((e) => e.phrase) });
    else matches.push({ entry: c.entries[0]!, misspelt: c.misspelt, ...span });
  }
  unclear.push(...unclearWords(words.filter((_, i) => !taken.has(i) && exactOf[i]! < 0), phrases, questionWords));
  return { matches, unclear };
}

/** Words left over that are one typo from a distinctive word of a phrase, yet fit no phrase. */
function unclearWords(left: readonly Word[], phrases: readonly PhraseEntry[], questionWords: ReadonlySet<string>): UnclearWord[] {
  const known = new Set(phrases.flatMap((p) => normal(p.phrase).split(' ')));
  const distinctive = [...known].filter((w) => w.length >= MIN_LENGTH && !GENERIC_WORDS.has(w));
  const out: UnclearWord[] = [];
  for (const word of left) {
    if (word.text.length < MIN_LENGTH || known.has(word.text) || questionWords.has(word.text)) continue;
    const budget = wordBudget(word.text);
    const near = distinctive.filter((d) => d[0] === word.text[0] && Math.abs(d.length - word.text.length) <= budget && typoDistance(word.text, d) <= budget);
    if (near.length === 0) continue;
    const holding = phrases.filter((p) => normal(p.phrase).split(' ').some((w) => near.includes(w))).map((p) => p.phrase);
    out.push({ start: word.start, end: word.end, near: [...new Set(holding)].slice(0, 3) });
  }
  return out;
}
