// "Did you mean ...?": the known name nearest to a mistyped one, if it is near enough to be a typo.
import { editDistance } from './edit-distance.js';

/**
 * The candidate nearest to `name`, ignoring letter case, when it is a plausible typo: at most a quarter of the name's
 * letters (and at least two) differ, or one name contains the other (PREFIX_DELEGATION -> ENABLE_PREFIX_DELEGATION).
 */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  const wanted = name.trim().toLowerCase();
  if (wanted.length === 0) return null;
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const contains = wanted.length >= 6 && (c.includes(wanted) || wanted.includes(c));
    const distance = editDistance(wanted, c);
    const plausible = contains || distance <= Math.max(2, Math.floor(wanted.length / 4));
    if (plausible && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}
