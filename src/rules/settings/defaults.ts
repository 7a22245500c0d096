// A setting's defaults as its sources state them. The README and the code sometimes disagree (ENABLE_IPv4: true in
// the README, false when absent in the code), and the shipped manifest sometimes sets another value
// (WARM_PREFIX_TARGET=1): podnet shows each and says so rather than pick one silently.
import type { CniSetting } from '../../knowledge/types.js';

/** The value a stated default names, without a comment in parentheses ("0 (unset)" -> "0"). */
function valueOf(stated: string): string {
  return stated.replace(/\s*\(.*$/, '').trim();
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function isReference(manifestValue: string): boolean {
  return manifestValue.startsWith('fieldRef');
}

export function defaultsDiffer(s: CniSetting): boolean {
  return s.readmeDefault !== null && s.codeDefault !== null && !same(valueOf(s.readmeDefault), valueOf(s.codeDefault));
}

/** What aws-node uses when the setting is absent: the code's default when the sources state one, else the README's. */
export function effectiveDefault(s: CniSetting): string | null {
  const stated = s.codeDefault ?? s.readmeDefault;
  return stated === null ? null : valueOf(stated);
}

/** The value equals a default the README or the code states, or the shipped manifest's value. */
export function isDefaultOrShipped(s: CniSetting, value: string): boolean {
  return [s.readmeDefault, s.codeDefault, s.manifestValue].some((d) => d !== null && same(valueOf(d), value));
}

const shown = (stated: string) => (stated === '' ? 'empty' : stated);

/** A sentence on the defaults when the README and the code disagree, or the shipped manifest sets another value. */
export function defaultNote(s: CniSetting): string | null {
  const parts: string[] = [];
  if (defaultsDiffer(s)) {
    parts.push(`The README and the code disagree on the default: the README gives ${shown(s.readmeDefault!)}, the code uses ${shown(s.codeDefault!)}.`);
  }
  const fallback = effectiveDefault(s);
  if (s.manifestValue !== null && !isReference(s.manifestValue) && fallback !== null && !same(valueOf(s.manifestValue), fallback)) {
    const where = s.codeDefault !== null ? 'code' : 'README';
    parts.push(`The shipped manifest sets ${shown(s.manifestValue)}, not the ${where}'s default ${shown(fallback)}.`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
