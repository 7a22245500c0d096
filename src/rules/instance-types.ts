// Finding EC2 instance types by name (with suggestions for a mistyped one) and listing them by their properties.
import type { Hypervisor, Trunking } from '../domain/vocabulary.js';
import type { InstanceTypeLimits, Knowledge } from '../knowledge/types.js';
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

/**
 * The known names closest to a mistyped one: fewest edits first, then the longest shared start (same family). A
 * name the question is the start of ("p5.48xl") counts as one edit away.
 */
export function suggestInstanceTypes(k: Knowledge, name: string): string[] {
  const asked = normalise(name);
  const distance = (candidate: string) => (asked.length > 0 && candidate.startsWith(asked) ? 1 : editDistance(asked, candidate));
  return [...k.instanceTypes.keys()]
    .map((candidate) => ({ candidate, distance: distance(candidate), shared: commonPrefixLength(asked, candidate) }))
    .filter((c) => c.distance <= MAX_SUGGESTION_DISTANCE)
    .sort((a, b) => a.distance - b.distance || b.shared - a.shared || a.candidate.localeCompare(b.candidate))
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.candidate);
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
