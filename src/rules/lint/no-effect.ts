// A finding for a setting that does nothing where it is set. Left at a default or the shipped manifest's value, it
// is a harmless leftover (INFO); set to anything else, someone expected it to do something (WARNING).
import type { FindingCode } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge } from '../../knowledge/types.js';
import { isDefaultOrShipped } from '../settings/defaults.js';
import type { EnvEntry } from './config.js';
import { finding, type Finding } from './finding.js';

export interface NoEffect {
  code: FindingCode;
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
    severity: leftover ? 'INFO' : 'WARNING',
    setting: entry.name,
    value,
    message: `${entry.name}${value === null ? '' : `=${value}`} has no effect ${why}${leftover ? ' (It is at a default or the shipped value: harmless, but it can go.)' : ''}`,
    refs,
  });
}
