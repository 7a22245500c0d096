// Phrases written with typos ("secuirty groups for pods", "fargte"), read by edit distance, as instance types and
// settings already are. A misspelt phrase may hold a shorter phrase spelt right ("prefix delegaton" holds "prefix"):
// the longer reading replaces the shorter one. A word close to a term that no phrase fits is reported as unclear
// rather than dropped, so a question is never answered as if the word were not there.
import { typoDistance } from '../edit-distance.js';

export interface PhraseEntry {
  phrase: string;
  kind: 'NODE_TYPE' | 'MODE' | 'USE_CASE' | 'PROVISIONER';
  value: string;
}

export interface Span {
  start: number;
  end: number;
}

interface Word extends Span {
  text: string;
}

export interface TypoMatch extends Span {
  entry: PhraseEntry;
  /** False when the words differ from the phrase only in a plural "s" ("linux node"): no typo to mention. */
  misspelt: boolean;
}

export interface UnclearWord extends Span {
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

interface PreparedPhrase {
  entry: PhraseEntry;
  target: string;
  words: string[];
}

interface Candidate {
  entries: PhraseEntry[];
  from: number;
  to: number;
  distance: number;
  misspelt: boolean;
}

/** Whether each word is the phrase's word but for a plural "s" ("linux node"): a variant, not a typo to mention. */
const pluralOnly = (window: readonly Word[], target: readonly string[]) =>
  window.every((w, j) => w.text === target[j] || `${w.text}s` === target[j] || w.text === `${target[j]}s`);

/**
 * Reads typos, with the phrases indexed once by word count and first letter: a typo keeps each word's first letter
 * ("api" is not "ip", "node" is not "mode"), so a span of words is compared with the few phrases that could fit.
 * `questionWords` are words that ask something ("modes", "settings") and are never part of a term.
 */
export class TypoReader {
  readonly #byShape = new Map<string, PreparedPhrase[]>();
  readonly #longest: number;
  readonly #known: ReadonlySet<string>;
  /** Distinctive words of the phrases, by first letter. */
  readonly #distinctive = new Map<string, string[]>();

  constructor(
    private readonly phrases: readonly PhraseEntry[],
    private readonly questionWords: ReadonlySet<string>,
  ) {
    let longest = 0;
    for (const entry of phrases) {
      const target = normal(entry.phrase);
      if (target.length < MIN_LENGTH) continue;
      const words = target.split(' ');
      longest = Math.max(longest, words.length);
      const key = `${words.length} ${target[0]}`;
      this.#byShape.set(key, [...(this.#byShape.get(key) ?? []), { entry, target, words }]);
    }
    this.#longest = longest;
    this.#known = new Set(phrases.flatMap((p) => normal(p.phrase).split(' ')));
    for (const word of this.#known) {
      if (word.length < MIN_LENGTH || GENERIC_WORDS.has(word)) continue;
      this.#distinctive.set(word[0]!, [...(this.#distinctive.get(word[0]!) ?? []), word]);
    }
  }

  /** Reads typos in `text` (the folded question, names and versions blanked), where the phrases spelt right stand at `exact`. */
  read(text: string, exact: readonly Span[]): { matches: TypoMatch[]; unclear: UnclearWord[] } {
    const words = wordsOf(text).filter((w) => !/^\d+$/.test(w.text));
    const exactOf = words.map((w) => exact.findIndex((e) => e.start <= w.start && w.end <= e.end));
    const candidates: Candidate[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= this.#longest && i + n <= words.length; n++) {
        const shaped = this.#byShape.get(`${n} ${words[i]!.text[0]}`);
        if (!shaped) continue;
        const window = words.slice(i, i + n);
        // Words of one phrase stand together, punctuation aside; a phrase spelt right is taken whole or not at all.
        if (window.some((w, j) => (j > 0 && w.start - window[j - 1]!.end > 3) || this.questionWords.has(w.text))) break;
        const inside = exactOf.slice(i, i + n);
        if (inside.every((e) => e >= 0) || exactOf.some((e, j) => e >= 0 && inside.includes(e) && (j < i || j >= i + n))) continue;
        const best = this.#closest(window, shaped);
        if (best) candidates.push({ ...best, from: i, to: i + n });
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
    unclear.push(...this.#unclearWords(words.filter((_, i) => !taken.has(i) && exactOf[i]! < 0)));
    return { matches, unclear };
  }

  /** The phrases closest to the words, within budget; more than one value when two terms are equally close. */
  #closest(window: readonly Word[], shaped: readonly PreparedPhrase[]): Omit<Candidate, 'from' | 'to'> | null {
    const text = window.map((w) => w.text).join(' ');
    let best: Omit<Candidate, 'from' | 'to'> | null = null;
    for (const { entry, target, words } of shaped) {
      const budget = typoBudget(target.length);
      if (Math.abs(text.length - target.length) > budget || !window.every((w, j) => w.text[0] === words[j]![0])) continue;
      const distance = typoDistance(text, target);
      if (distance === 0 || distance > budget) continue;
      // Each word a typo or two from its own, so "with prefixes" never reads as "without prefixes".
      if (window.some((w, j) => typoDistance(w.text, words[j]!) > wordBudget(words[j]!))) continue;
      if (!best || distance < best.distance) best = { entries: [entry], distance, misspelt: !pluralOnly(window, words) };
      else if (distance === best.distance && !best.entries.some((e) => e.value === entry.value)) best.entries.push(entry);
    }
    return best;
  }

  /** Words left over that are one typo from a distinctive word of a phrase, yet fit no phrase. */
  #unclearWords(left: readonly Word[]): UnclearWord[] {
    const out: UnclearWord[] = [];
    for (const word of left) {
      if (word.text.length < MIN_LENGTH || this.#known.has(word.text) || this.questionWords.has(word.text)) continue;
      const budget = wordBudget(word.text);
      const near = (this.#distinctive.get(word.text[0]!) ?? []).filter((d) => Math.abs(d.length - word.text.length) <= budget && typoDistance(word.text, d) <= budget);
      if (near.length === 0) continue;
      const holding = this.phrases.filter((p) => normal(p.phrase).split(' ').some((w) => near.includes(w))).map((p) => p.phrase);
      out.push({ start: word.start, end: word.end, near: [...new Set(holding)].slice(0, 3) });
    }
    return out;
  }
}
