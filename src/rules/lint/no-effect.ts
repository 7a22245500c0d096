// A finding for a setting that does nothing where it is set. Left at a default or the shipped manifest's value, it
// is a harmless leftover (INFO); set to anything else, someone expected it to do something (WARNING). A setting can
// have no effect for more than one reason (WARM_ENI_TARGET with prefixes and with WARM_IP_TARGET set): it is reported
// once, for the first reason in the order of the rule groups.
import type { FindingCode } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge } from '../../knowledge/types.js';
import { isDefaultOrShipped } from '../settings/defaults.js';
import type { EnvEntry } from './config.js';
import { finding, type Finding } from './finding.js';

// The codes of the findings written here: a rule that writes one must add its code, so the rule below knows it.
const NO_EFFECT_CODES = ['SETTING_NOT_APPLICABLE', 'SETTING_WITHOUT_ITS_FEATURE', 'SETTING_OVERRIDDEN'] as const satisfies readonly FindingCode[];
const NO_EFFECT: ReadonlySet<FindingCode> = new Set(NO_EFFECT_CODES);

/** The findings with, for each setting, only the first that says it has no effect. */
export function oneNoEffectPerSetting(findings: readonly Finding[]): Finding[] {
  const reported = new Set<string>();
  return findings.filter((f) => {
    if (!NO_EFFECT.has(f.code) || f.setting === null) return true;
    if (reported.has(f.setting)) return false;
    reported.add(f.setting);
    return true;
  });
}

export interface NoEffect {
  code: (typeof NO_EFFECT_CODES)[number];
  setting: CniSetting;
  entry: EnvEntry;
  /** Where or why it has no effect, after "has no effect": "with IP prefixes: ...". */
  why: string;
  refs: readonly string[];
}

export function noEffectFinding(k: Knowledge, { code, setting, entry, why, refs }: NoEffect): Finding {
  const value = entry.value?.trim() ?? null;
  const leftover = value !== null && isDefaultOrShipped(setting, value);
  return finding(k, {
    code,
    otherwise: leftover,
    setting: entry.name,
    value,
    message: `${entry.name}${value === null ? '' : `=${value}`} has no effect ${why}${leftover ? ' (It is at a default or the shipped value: harmless, but it can go.)' : ''}`,
    refs,
  });
}
