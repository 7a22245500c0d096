// Reads a free-text question into the enums and values the typed queries take. Deterministic: a fixed phrase list
// and the knowledge's own names (instance types, settings); no model, no network. What it cannot place it reports
// as unrecognised rather than guessing.
import type { NodeProvisioner, NodeType, PodNetworkingMode, UseCase } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { cniSetting } from '../settings/catalogue.js';
import { typoDistance } from '../edit-distance.js';
import { NOT_COVERED_PHRASES, type NotCoveredCategory } from './not-covered.js';
import { MODE_PHRASES, MODES_WORDS, NODE_TYPE_PHRASES, PROVISIONER_PHRASES, SETTINGS_WORDS, USE_CASE_PHRASES } from './phrases.js';
import { TypoReader, type PhraseEntry } from './typos.js';

export type Intent = 'COMPATIBILITY' | 'POD_DENSITY' | 'SETTING' | 'SETTINGS_FOR_MODE' | 'MODES' | 'UNKNOWN' | 'PLAN' | 'IP_PLAN';
export type TermKind = 'NODE_TYPE' | 'MODE' | 'USE_CASE' | 'INSTANCE_TYPE' | 'SETTING' | 'CNI_VERSION' | 'PROVISIONER' | 'UNCLEAR' | 'NOT_COVERED';

export interface RecognisedTerm {
  /** The words of the question, as written. */
  text: string;
  kind: TermKind;
  /** What they were read as: an enum value, an instance type or setting name, a version. */
  value: string;
  /** Set when the words were read as a term they misspell (typos.ts). */
  corrected?: true;
}

export interface UnrecognisedTerm {
  text: string;
  /**
   * What it looks like: an instance type or a setting name that the knowledge does not hold, a word close to a term
   * that fits none (UNCLEAR), or something podnet has no facts about (NOT_COVERED).
   */
  kind: 'INSTANCE_TYPE' | 'SETTING' | 'UNCLEAR' | 'NOT_COVERED';
  /** UNCLEAR: the phrases of the terms it is close to. */
  near?: readonly string[];
  /** NOT_COVERED: what kind of thing it is. */
  category?: NotCoveredCategory;
}

export interface Interpretation {
  question: string;
  intent: Intent;
  nodeTypes: NodeType[];
  modes: PodNetworkingMode[];
  useCases: UseCase[];
  instanceTypes: string[];
  settings: string[];
  cniVersion: string | null;
  /** What sets max Pods, when the question names it (nodeadm, Karpenter, the calculator; "al2023" means nodeadm). */
  provisioner: NodeProvisioner | null;
  recognised: RecognisedTerm[];
  unrecognised: UnrecognisedTerm[];
}

const INSTANCE_TYPE = /\b[a-z][a-z0-9-]*\d[a-z0-9-]*\.[a-z0-9]+\b/gi;
const SETTING_LIKE = /\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b/g;
const VERSION = /\bv?(\d+\.\d+\.\d+)\b/gi;
// "vpc cni 1.13", "aws-node v1.18": a version without its patch number, right after what it is the version of.
const SHORT_CNI_VERSION = /(?<=\b(?:cni|aws-node)\s+(?:version\s+)?)v?(\d{1,3}\.\d{1,3})\b(?!\.\d)/gi;

interface Span {
  start: number;
  end: number;
}

/** The question with the given spans blanked out, so later passes do not read them twice. */
function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

function matchAll(text: string, pattern: RegExp): { text: string; span: Span; group: string }[] {
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], group: m[1] ?? m[0], span: { start: m.index!, end: m.index! + m[0].length } }));
}

const PHRASES: PhraseEntry[] = [
  ...Object.entries(NODE_TYPE_PHRASES).flatMap(([value, list]) => list.map((phrase) => ({ phrase, kind: 'NODE_TYPE' as const, value }))),
  ...Object.entries(MODE_PHRASES).flatMap(([value, list]) => list.map((phrase) => ({ phrase, kind: 'MODE' as const, value }))),
  ...Object.entries(USE_CASE_PHRASES).flatMap(([value, list]) => list.map((phrase) => ({ phrase, kind: 'USE_CASE' as const, value }))),
  ...Object.entries(PROVISIONER_PHRASES).flatMap(([value, list]) => list.map((phrase) => ({ phrase, kind: 'PROVISIONER' as const, value }))),
].sort((a, b) => b.phrase.length - a.phrase.length);

/** Lower case, every character other than an ASCII letter, digit or "/" made a space: same length as the input. */
function fold(text: string): string {
  return text.replace(/[^A-Za-z0-9/]/g, ' ').toLowerCase();
}

const NOT_COVERED = Object.entries(NOT_COVERED_PHRASES)
  .flatMap(([category, list]) => list.map((phrase) => ({ phrase, category: category as NotCoveredCategory })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** Words that ask something ("modes", "settings"): never part of a misspelt term. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([...SETTINGS_WORDS, ...MODES_WORDS].flatMap((w) => w.split(' ')));

const TYPOS = new TypoReader(PHRASES, QUESTION_WORDS);

/** Where the phrase stands as whole words in the folded text. */
function phraseIndexes(folded: string, phrase: string): number[] {
  const needle = ` ${phrase.replace(/[^a-z0-9/]/g, ' ')} `;
  const padded = ` ${folded} `;
  const found: number[] = [];
  for (let at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + needle.length - 1)) found.push(at);
  return found;
}

/** Whether the question holds one of the words, or one typo from a long one ("setings"). */
function hasWord(folded: string, words: readonly string[]): boolean {
  const padded = ` ${folded.replace(/\s+/g, ' ')} `;
  if (words.some((w) => padded.includes(` ${fold(w).replace(/\s+/g, ' ')} `))) return true;
  const written = padded.trim().split(' ');
  return words.some((w) => !w.includes(' ') && w.length >= 6 && written.some((x) => x[0] === w[0] && typoDistance(x, w) === 1));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function interpret(k: Knowledge, question: string): Interpretation {
  const recognised: (RecognisedTerm & { at: number })[] = [];
  const unrecognised: UnrecognisedTerm[] = [];

  // Names and versions first: they contain words ("prefix", "ipv6") and dots that would otherwise be misread.
  const settingLike = matchAll(question, SETTING_LIKE);
  for (const m of settingLike) {
    const name = cniSetting(k, m.text)?.name;
    if (name) recognised.push({ text: m.text, kind: 'SETTING', value: name, at: m.span.start });
    else if (m.text === m.text.toUpperCase()) unrecognised.push({ text: m.text, kind: 'SETTING' });
  }
  const withoutSettings = blank(question, settingLike.map((m) => m.span));
  const versions = [...matchAll(withoutSettings, VERSION), ...matchAll(withoutSettings, SHORT_CNI_VERSION).map((v) => ({ ...v, group: `${v.group}.0` }))];
  for (const v of versions) recognised.push({ text: v.text, kind: 'CNI_VERSION', value: v.group, at: v.span.start });
  const instanceLike = matchAll(blank(question, [...settingLike, ...versions].map((m) => m.span)), INSTANCE_TYPE);
  for (const m of instanceLike) {
    const name = m.text.toLowerCase();
    if (k.instanceTypes.has(name)) recognised.push({ text: m.text, kind: 'INSTANCE_TYPE', value: name, at: m.span.start });
    else unrecognised.push({ text: m.text, kind: 'INSTANCE_TYPE' });
  }

  let rest = fold(blank(question, [...settingLike, ...versions, ...instanceLike].map((m) => m.span)));
  // First, so that "rocky linux" is not read as Linux.
  for (const entry of NOT_COVERED) {
    for (const at of phraseIndexes(rest, entry.phrase)) {
      unrecognised.push({ text: question.slice(at, at + entry.phrase.length), kind: 'NOT_COVERED', category: entry.category });
      rest = blank(rest, [{ start: at, end: at + entry.phrase.length }]);
    }
  }
  const beforePhrases = rest;
  let phraseMatches: (PhraseEntry & { index: number; text: string })[] = [];
  for (const entry of PHRASES) {
    for (const at of phraseIndexes(rest, entry.phrase)) {
      phraseMatches.push({ ...entry, index: at, text: question.slice(at, at + entry.phrase.length) });
      rest = blank(rest, [{ start: at, end: at + entry.phrase.length }]);
    }
  }
  const typos = TYPOS.read(beforePhrases, phraseMatches.map((m) => ({ start: m.index, end: m.index + m.phrase.length })));
  phraseMatches = phraseMatches.filter((m) => !typos.matches.some((t) => t.start <= m.index && m.index < t.end));
  for (const m of phraseMatches) recognised.push({ text: m.text, kind: m.kind, value: m.value, at: m.index });
  for (const m of typos.matches) {
    recognised.push({ text: question.slice(m.start, m.end), kind: m.entry.kind, value: m.entry.value, ...(m.misspelt ? { corrected: true as const } : {}), at: m.start });
  }
  for (const u of typos.unclear) unrecognised.push({ text: question.slice(u.start, u.end), kind: 'UNCLEAR', near: u.near });
  recognised.sort((a, b) => a.at - b.at);

  const valuesOf = (kind: TermKind) => unique(recognised.filter((r) => r.kind === kind).map((r) => r.value));
  let nodeTypes = valuesOf('NODE_TYPE') as NodeType[];
  // "ec2" or "node group" says EC2, not which OS: a Windows or Fargate mention is the more specific one.
  if (nodeTypes.length > 1 && nodeTypes.includes('EC2_LINUX')) {
    const generic = phraseMatches.filter((m) => m.value === 'EC2_LINUX').every((m) => ['ec2', 'node group', 'nodegroup', 'managed node group'].includes(m.phrase));
    if (generic) nodeTypes = nodeTypes.filter((n) => n !== 'EC2_LINUX');
  }
  let useCases = valuesOf('USE_CASE') as UseCase[];
  // "network policy with Calico" asks about Calico's enforcement, not the VPC CNI's.
  if (useCases.includes('CALICO_NETWORK_POLICY') && !/vpc[\s-]*cni network polic/i.test(question)) {
    useCases = useCases.filter((u) => u !== 'NETWORK_POLICY');
  }
  const modes = valuesOf('MODE') as PodNetworkingMode[];
  const instanceTypes = valuesOf('INSTANCE_TYPE');
  const settings = valuesOf('SETTING');
  const folded = fold(question);

  let intent: Intent = 'UNKNOWN';
  // Something not understood or not covered: answering the rest would answer another question.
  if (unrecognised.length > 0) intent = 'UNKNOWN';
  else if (instanceTypes.length > 0) intent = 'POD_DENSITY';
  else if (settings.length > 0) intent = 'SETTING';
  else if (modes.length > 0 && useCases.length === 0 && hasWord(folded, SETTINGS_WORDS)) intent = 'SETTINGS_FOR_MODE';
  else if (useCases.length > 0) intent = 'COMPATIBILITY';
  else if (nodeTypes.length > 0 || modes.length > 0 || hasWord(folded, MODES_WORDS)) intent = 'MODES';

  return {
    question,
    intent,
    nodeTypes,
    modes,
    useCases,
    instanceTypes,
    settings,
    cniVersion: valuesOf('CNI_VERSION')[0] ?? null,
    provisioner: (valuesOf('PROVISIONER')[0] as NodeProvisioner | undefined) ?? (hasWord(folded, ['al2023']) ? 'AL2023_NODEADM' : null),
    recognised: recognised.map(({ at: _at, ...term }) => term),
    unrecognised,
  };
}
