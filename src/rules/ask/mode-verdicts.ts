// One word for a mode's verdict as an answer gives it, with the VPC CNI version the question names applied: a use
// case that needs a newer version makes the verdict No.
import { atLeast, cniVersionOrLater } from '../cni-version.js';
import type { ModeVerdict } from '../compatibility.js';
import { USE_CASE_LABELS } from '../../domain/labels.js';
import type { UseCaseVerdict } from '../use-case-verdict.js';

/** Best first. */
export const VERDICTS = ['Yes', 'Yes, with conditions', 'Unknown', 'Disputed', 'No'] as const;
export type Verdict = (typeof VERDICTS)[number];

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
  if (!m.compatible) return m.support === 'UNKNOWN' ? 'Unknown' : m.support === 'DISPUTED' ? 'Disputed' : 'No';
  if (needingNewerCni(m, version).length > 0) return 'No';
  return m.support === 'CONDITIONAL' ? 'Yes, with conditions' : 'Yes';
}

/** The worst of several verdicts: what holds for all of them together. */
export function worstOf(verdicts: readonly Verdict[]): Verdict {
  return VERDICTS[Math.max(...verdicts.map((v) => VERDICTS.indexOf(v)))]!;
}
