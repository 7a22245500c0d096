// A mode's verdict as a free-text answer gives it, with the VPC CNI version the question names applied: a use case
// that needs a newer version makes the verdict No. verdict-words.ts words it.
import { atLeast, cniVersionOrLater } from '../cni-version.js';
import type { ModeVerdict } from '../compatibility.js';
import { USE_CASE_LABELS } from '../../domain/labels.js';
import type { UseCaseVerdict } from '../use-case-verdict.js';
import { verdictFor, type Verdict } from '../verdict-words.js';

/** The use cases a mode supports only from a VPC CNI version newer than the one the question names. */
function needingNewerCni(m: ModeVerdict, version: string | null): UseCaseVerdict[] {
  if (version === null) return [];
  return m.useCases.filter((v) => v.minCniVersion !== null && !atLeast(version, v.minCniVersion));
}

/** One sentence per use case the named VPC CNI version is too old for. */
export function tooOldCniSentences(m: ModeVerdict, version: string | null): string[] {
  return needingNewerCni(m, version).map((v) => `${USE_CASE_LABELS[v.useCase]} needs ${cniVersionOrLater(v.minCniVersion!)}; the question names ${version}.`);
}

export function verdictOf(m: ModeVerdict, version: string | null): Verdict {
  return m.compatible && needingNewerCni(m, version).length > 0 ? 'No' : verdictFor(m.support);
}
