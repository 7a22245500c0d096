// "Did you mean ...?": the known name nearest to a mistyped one, if it is near enough to be a typo.
import { editDistance } from './edit-distance.js';

/** The most edits a name of this length may be from a known one to be a typo of it. */
function maxTypoEdits(length: number): number {
  return Math.max(2, Math.floor(length / 4));
}

/**
 * The candidate nearest to `name`, ignoring letter case, when it is a plausible typo: at most a quarter of the name's
 * letters (and at least two) differ, or one name contains the other (PREFIX_DELEGATION -> ENABLE_PREFIX_DELEGATION).
 * A name more than twice as long as every candidate is a typo of none and is compared with none.
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const wanted = name.trim().toLowerCase();
  const longest = Math.max(0, ...candidates.map((c) => c.length));
  if (wanted.length === 0 || wanted.length > 2 * longest) return null;
  const max = maxTypoEdits(wanted.length);
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const contains = wanted.length >= 6 && (c.includes(wanted) || wanted.includes(c));
    if (!contains && Math.abs(c.length - wanted.length) > max) continue;
    // Contained names are ranked by their distance too, so theirs is counted in full.
    const distance = editDistance(wanted, c, contains ? Infinity : max);
    const plausible = contains || distance <= max;
    if (plausible && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}
