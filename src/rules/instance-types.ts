// Finding EC2 instance types by name (with suggestions for a mistyped one) and listing them by their properties.
import type { Hypervisor, Trunking } from '../domain/vocabulary.js';
import type { InstanceTypeLimits, Knowledge } from '../knowledge/types.js';
import { boundedMemo } from './bounded-memo.js';
import { editDistance } from './edit-distance.js';
import { RuleError } from './rule-error.js';

export interface InstanceTypeFilter {
  /** The part of the name before the dot, e.g. "m5" for m5.large. */
  family?: string | null;
  hypervisor?: Hypervisor | null;
  bareMetal?: boolean | null;
  trunking?: Trunking | null;
  /** Types whose vCPUs are unknown never match a vCPU bound. */
  minVcpus?: number | null;
  maxVcpus?: number | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
const MAX_SUGGESTIONS = 5;
// Beyond three edits a name is no longer a typo of the one asked for.
const MAX_SUGGESTION_DISTANCE = 3;
// Distinct wrong names whose suggestions are remembered per knowledge; a client sending ever new ones only makes the
// oldest go.
const NAMES_KEPT = 512;

export function familyOf(t: InstanceTypeLimits): string {
  return t.name.split('.')[0]!;
}

export function trunkingOf(t: InstanceTypeLimits): Trunking {
  if (t.trunkingCompatible === null) return 'UNKNOWN';
  return t.trunkingCompatible ? 'COMPATIBLE' : 'NOT_COMPATIBLE';
}

/** Instance type names are lower case; surrounding spaces and capitals in a question are forgiven. */
function normalise(name: string): string {
  return name.trim().toLowerCase();
}

/** The instance type of that name, or null when the data does not know it. */
export function findInstanceType(k: Knowledge, name: string): InstanceTypeLimits | null {
  return k.instanceTypes.get(normalise(name)) ?? null;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The instance type names, indexed for suggestions: by length, in order (for prefixes), and the characters they use. */
interface NameIndex {
  byLength: Map<number, string[]>;
  sorted: string[];
  characters: Set<string>;
  longest: number;
}

const nameIndexes = new WeakMap<Knowledge, NameIndex>();

function nameIndexOf(k: Knowledge): NameIndex {
  let index = nameIndexes.get(k);
  if (index === undefined) {
    const sorted = [...k.instanceTypes.keys()].sort();
    const byLength = new Map<number, string[]>();
    for (const name of sorted) byLength.set(name.length, [...(byLength.get(name.length) ?? []), name]);
    index = { byLength, sorted, characters: new Set(sorted.join('')), longest: Math.max(...byLength.keys()) };
    nameIndexes.set(k, index);
  }
  return index;
}

/**
 * Whether a name can be within MAX_SUGGESTION_DISTANCE edits of some instance type: each character beyond the
 * longest name, and each character no name holds, takes an edit. Checked before any comparison.
 */
function couldBeTypo(index: NameIndex, asked: string): boolean {
  if (asked.length === 0 || asked.length > index.longest + MAX_SUGGESTION_DISTANCE) return false;
  let foreign = 0;
  for (const c of asked) if (!index.characters.has(c) && ++foreign > MAX_SUGGESTION_DISTANCE) return false;
  return true;
}

/** The names that start with `asked` (found by binary search in the sorted names). */
function namesStartingWith(index: NameIndex, asked: string): string[] {
  let low = 0;
  let high = index.sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.sorted[middle]! < asked) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < index.sorted.length && index.sorted[i]!.startsWith(asked); i++) found.push(index.sorted[i]!);
  return found;
}

/** The only names a suggestion can be: those the name starts, and those whose length is within the edit distance. */
function candidatesFor(index: NameIndex, asked: string): Set<string> {
  const candidates = new Set(namesStartingWith(index, asked));
  for (let length = asked.length - MAX_SUGGESTION_DISTANCE; length <= asked.length + MAX_SUGGESTION_DISTANCE; length++) {
    for (const name of index.byLength.get(length) ?? []) candidates.add(name);
  }
  return candidates;
}

function closestInstanceTypes(k: Knowledge, asked: string): string[] {
  const index = nameIndexOf(k);
  if (!couldBeTypo(index, asked)) return [];
  const distance = (candidate: string) => (candidate.startsWith(asked) ? 1 : editDistance(asked, candidate, MAX_SUGGESTION_DISTANCE));
  const near: { candidate: string; distance: number; shared: number }[] = [];
  for (const candidate of candidatesFor(index, asked)) {
    const d = distance(candidate);
    if (d <= MAX_SUGGESTION_DISTANCE) near.push({ candidate, distance: d, shared: commonPrefixLength(asked, candidate) });
  }
  return near
    .sort((a, b) => a.distance - b.distance || b.shared - a.shared || a.candidate.localeCompare(b.candidate))
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.candidate);
}

const suggesters = new WeakMap<Knowledge, (name: string) => string[]>();

/**
 * The known names closest to a mistyped one: fewest edits first, then the longest shared start (same family). A
 * name the question is the start of ("p5.48xl") counts as one edit away. Remembered per name.
 */
export function suggestInstanceTypes(k: Knowledge, name: string): string[] {
  let suggest = suggesters.get(k);
  if (suggest === undefined) {
    suggest = boundedMemo(NAMES_KEPT, (asked) => closestInstanceTypes(k, asked));
    suggesters.set(k, suggest);
  }
  return [...suggest(normalise(name))];
}

/** The instance type of that name; an unknown name is UNKNOWN_INSTANCE_TYPE with the closest known names. */
export function requireInstanceType(k: Knowledge, name: string): InstanceTypeLimits {
  const found = findInstanceType(k, name);
  if (found) return found;
  const suggestions = suggestInstanceTypes(k, name);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ' List the known ones with instanceTypes.';
  throw new RuleError('UNKNOWN_INSTANCE_TYPE', `"${name}" is not an EC2 instance type the VPC CNI knows.${hint}`, { instanceType: name, suggestions });
}

function matches(t: InstanceTypeLimits, f: InstanceTypeFilter): boolean {
  const vcpusWithin = (min: number | null | undefined, max: number | null | undefined) =>
    (min == null && max == null) || (t.vcpus !== null && (min == null || t.vcpus >= min) && (max == null || t.vcpus <= max));
  return (
    (f.family == null || familyOf(t) === normalise(f.family)) &&
    (f.hypervisor == null || t.hypervisor === f.hypervisor) &&
    (f.bareMetal == null || t.isBareMetal === f.bareMetal) &&
    (f.trunking == null || trunkingOf(t) === f.trunking) &&
    vcpusWithin(f.minVcpus, f.maxVcpus)
  );
}

// Sizes from smallest to largest, as EC2 names them: a named size, then "xlarge", "2xlarge", ... by the number, then
// bare metal ("metal", "metal-24xl", ... by the number). A size none of these spells comes last, by name.
const NAMED_SIZES = ['nano', 'micro', 'small', 'medium', 'large'];
const SIZE = /^(?:(\d*)xlarge|metal(?:-(\d+)xl)?)$/;
const NAMES = new Intl.Collator('en', { numeric: true });

function sizeRank(size: string): number {
  const named = NAMED_SIZES.indexOf(size);
  if (named >= 0) return named;
  const match = SIZE.exec(size);
  if (match === null) return Number.MAX_SAFE_INTEGER;
  if (size.startsWith('metal')) return 1_000_000 + Number(match[2] ?? 0);
  return NAMED_SIZES.length + Number(match[1] || 1);
}

function bySize(a: InstanceTypeLimits, b: InstanceTypeLimits): number {
  const [familyA = '', sizeA = ''] = a.name.split('.');
  const [familyB = '', sizeB = ''] = b.name.split('.');
  return NAMES.compare(familyA, familyB) || sizeRank(sizeA) - sizeRank(sizeB) || NAMES.compare(sizeA, sizeB);
}

// Sorted once per knowledge (it is loaded once and frozen).
const sortedBySize = new WeakMap<Knowledge, readonly InstanceTypeLimits[]>();

/** Every instance type, by family (m5 before m5a before m6g) and then by size (m5.2xlarge before m5.12xlarge). */
export function instanceTypesBySize(k: Knowledge): readonly InstanceTypeLimits[] {
  let sorted = sortedBySize.get(k);
  if (sorted === undefined) {
    sorted = [...k.instanceTypes.values()].sort(bySize);
    sortedBySize.set(k, sorted);
  }
  return sorted;
}

export interface InstanceTypePage {
  items: InstanceTypeLimits[];
  /** Every type that matches the filter, on this page or another. */
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * The instance types matching every condition of the filter, by family and size: at most `first`, starting after
 * the type named `after` so a client can page through all of them.
 */
export function pageOfInstanceTypes(
  k: Knowledge,
  filter: InstanceTypeFilter = {},
  first: number = DEFAULT_PAGE_SIZE,
  after?: string | null,
): InstanceTypePage {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new RuleError('BAD_USER_INPUT', `first must be a whole number from 1 to ${MAX_PAGE_SIZE}; page on with after.`, { first, max: MAX_PAGE_SIZE });
  }
  const all = instanceTypesBySize(k);
  const start = after == null ? 0 : all.indexOf(requireInstanceType(k, after)) + 1;
  const page: InstanceTypePage = { items: [], totalCount: 0, hasNextPage: false };
  all.forEach((t, index) => {
    if (!matches(t, filter)) return;
    page.totalCount++;
    if (index < start) return;
    if (page.items.length < first) page.items.push(t);
    else page.hasNextPage = true;
  });
  return page;
}

/** The items of `pageOfInstanceTypes`. */
export function listInstanceTypes(k: Knowledge, filter: InstanceTypeFilter = {}, first: number = DEFAULT_PAGE_SIZE, after?: string | null): InstanceTypeLimits[] {
  return pageOfInstanceTypes(k, filter, first, after).items;
}
