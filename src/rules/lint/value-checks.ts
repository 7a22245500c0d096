// What a value of each type of the settings data must look like. The catalogue writes types in a handful of
// forms ("bool", "int (seconds)", "CIDR list (comma-separated IPv4)"); a test fails when one has no check here.
// Valid values and ranges (validValues) are checked by the values rule itself.

export type ValueCheck = (value: string) => string | null;

const BOOL = /^(true|false)$/i;
const INT = /^[+-]?\d+$/;
// Go's ParseInt with base 0: decimal, 0x hex, 0o or 0 octal, 0b binary.
const INT_ANY_BASE = /^[+-]?(0x[0-9a-f]+|0o?[0-7]+|0b[01]+|\d+)$/i;
const HOST_PORT = /^(unix:.+|[^\s:]*:\d{1,5})$/;

function ipv4Cidr(entry: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(entry);
  return m !== null && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
}

function url(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function jsonObject(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

const none: ValueCheck = () => null;
const integer: ValueCheck = (v) => (INT.test(v) ? null : 'a whole number');

/** Each check answers null for a good value, else what the value should be. */
export const VALUE_CHECKS: Record<string, ValueCheck> = {
  bool: (v) => (BOOL.test(v) ? null : 'true or false'),
  int: integer,
  'int (seconds)': integer,
  'int (mark, parsed with base auto-detect)': (v) => (INT_ANY_BASE.test(v) ? null : 'a whole number (decimal, or hexadecimal as 0x80)'),
  'enum string': none,
  string: none,
  'string (path)': none,
  'string (path|stdout|stderr)': none,
  'string (path|stderr)': none,
  'string (URL)': (v) => (url(v) ? null : 'an http(s) URL'),
  'string (host:port or unix:path)': (v) => (HOST_PORT.test(v) ? null : 'host:port, or unix: followed by a socket path'),
  'string (downward API spec.nodeName)': none,
  'string (downward API metadata.name)': none,
  'CIDR list (comma-separated IPv4)': (v) =>
    v.split(',').map((e) => e.trim()).filter(Boolean).every(ipv4Cidr) ? null : 'comma-separated IPv4 CIDRs such as 10.0.0.0/8,192.168.0.0/16',
  'JSON object (string)': (v) => (jsonObject(v) ? null : 'a JSON object of string values such as {"team": "payments"}'),
};
