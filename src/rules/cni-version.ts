import { RuleError } from './rule-error.js';

export interface CniVersion {
  major: number;
  minor: number;
  patch: number;
}

const VERSION = /^v?(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses "1.14.0" or "v1.14.0"; anything else is BAD_USER_INPUT. */
export function parseCniVersion(text: string): CniVersion {
  const m = VERSION.exec(text.trim());
  if (!m) throw new RuleError('BAD_USER_INPUT', `"${text}" is not a VPC CNI version; write it as 1.19.0 or v1.19.0.`, { value: text });
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

/** A version as podnet writes it in answers: "v1.19.0" and " 1.19.0" are "1.19.0"; anything else is BAD_USER_INPUT. */
export function writtenCniVersion(text: string): string {
  const v = parseCniVersion(text);
  return `${v.major}.${v.minor}.${v.patch}`;
}

/** "VPC CNI 1.19.0 or later": how an answer names the lowest version something needs. */
export function cniVersionOrLater(version: string): string {
  return `VPC CNI ${version} or later`;
}

export function compareCniVersions(a: string, b: string): number {
  const x = parseCniVersion(a);
  const y = parseCniVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

export function atLeast(version: string, minimum: string): boolean {
  return compareCniVersions(version, minimum) >= 0;
}

/** The higher of two optional versions. */
export function newerOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareCniVersions(a, b) >= 0 ? a : b;
}
