// Values: of the wrong type for their setting, or outside its valid values and ranges.
import type { CniSetting } from '../../knowledge/types.js';
import { settingReadAs } from '../settings/catalogue.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, isTrue, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';
import { VALUE_CHECKS } from './value-checks.js';

const RANGE = /^(-?\d+)-(\d+)(?: \((IPv4|IPv6)\))?$/;
const PLACEHOLDER = /^<.+>$/;

interface Verdict {
  code: 'VALUE_NOT_ALLOWED' | 'VALUE_CASE_MISMATCH';
  expected: string;
  suggestion: string | null;
}

/** Ranges that depend on the address family ("576-9001 (IPv4)", "1280-9001 (IPv6)") use the configured one. */
function outsideRange(s: CniSetting, value: string, family: 'IPv4' | 'IPv6'): Verdict | null {
  const ranges = (s.validValues ?? []).map((v) => RANGE.exec(v)).filter((m) => m !== null && (m[3] === undefined || m[3] === family));
  if (ranges.length === 0) return null;
  const n = Number(value);
  if (ranges.some((m) => n >= Number(m![1]) && n <= Number(m![2]))) return null;
  return { code: 'VALUE_NOT_ALLOWED', expected: `within ${ranges.map((m) => `${m![1]}-${m![2]}`).join(' or ')} for ${family}`, suggestion: null };
}

/** Words ("prng", "stderr") and placeholders ("<file path>": an absolute path). */
function notAWord(s: CniSetting, value: string): Verdict | null {
  const words = (s.validValues ?? []).filter((v) => !RANGE.test(v));
  if (words.length === 0 || words.includes(value)) return null;
  if (words.includes('<file path>') && value.startsWith('/')) return null;
  const literalWords = words.filter((w) => !PLACEHOLDER.test(w));
  const sameLetters = literalWords.find((w) => w.toLowerCase() === value.toLowerCase());
  // The settings data notes where aws-node ignores letter case (the log levels).
  if (sameLetters && /case-insensitive/i.test(s.notes ?? '')) return null;
  if (sameLetters) return { code: 'VALUE_CASE_MISMATCH', expected: sameLetters, suggestion: sameLetters };
  return { code: 'VALUE_NOT_ALLOWED', expected: `one of ${words.join(', ')}`, suggestion: null };
}

function checkEntry(ctx: LintContext, e: EnvEntry, container: string): Finding[] {
  const s = settingReadAs(ctx.k, e.name);
  const value = e.value?.trim();
  if (!s || !value) return [];
  const refs = [`setting:${s.name}`];
  const expected = VALUE_CHECKS[s.type]?.(value) ?? null;
  if (expected) {
    return [
      finding(ctx.k, {
        code: 'WRONG_VALUE_TYPE',
        setting: s.name,
        value,
        message: `${s.name}=${value} on the ${container} container is not ${expected} (${s.type}), so the VPC CNI cannot use it.`,
        refs,
      }),
    ];
  }
  const verdict = s.type.startsWith('int') ? outsideRange(s, value, isTrue(ctx.config, 'ENABLE_IPv6') ? 'IPv6' : 'IPv4') : notAWord(s, value);
  if (!verdict) return [];
  const caseOnly = verdict.code === 'VALUE_CASE_MISMATCH';
  return [
    finding(ctx.k, {
      code: verdict.code,
      setting: s.name,
      value,
      message: caseOnly
        ? `${s.name}=${value} differs from the valid value ${verdict.expected} in letter case only; write ${verdict.expected}.`
        : `${s.name}=${value} is not a valid value: it takes ${verdict.expected}.`,
      suggestion: verdict.suggestion,
      refs,
    }),
  ];
}

export function valueRules(ctx: LintContext): Finding[] {
  return [
    ...ctx.config.env.flatMap((e) => checkEntry(ctx, e, AWS_NODE_CONTAINER)),
    ...(ctx.config.initEnv ?? []).flatMap((e) => checkEntry(ctx, e, INIT_CONTAINER)),
  ];
}
