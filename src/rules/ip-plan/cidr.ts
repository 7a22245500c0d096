// IPv4 subnet CIDRs as an IP plan takes them: a network address and a prefix length within the sizes a VPC subnet
// may have (fact:subnet/reservedAddresses: /16 to /28). Anything else is BAD_USER_INPUT naming the field.
import { RuleError } from '../rule-error.js';

export const LARGEST_SUBNET_PREFIX = 16;
export const SMALLEST_SUBNET_PREFIX = 28;

export interface Cidr {
  /** As written back: "10.0.0.0/22". */
  text: string;
  prefixLength: number;
  /** Addresses in the block, reserved ones included. */
  size: number;
}

const FORM = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,3})$/;

const written = (address: number) => [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');

export function parseSubnetCidr(text: string, field: string): Cidr {
  const m = FORM.exec(text.trim());
  const bad = (why: string, details: Record<string, unknown> = {}) =>
    new RuleError('BAD_USER_INPUT', `${field} "${text}" ${why}`, { field, value: text, ...details });
  if (!m) throw bad('is not an IPv4 CIDR: write it as 10.0.0.0/22.');
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) throw bad('has an octet above 255.');
  const prefixLength = Number(m[5]);
  if (prefixLength > 32) throw bad(`has prefix length /${prefixLength}; an IPv4 prefix length is at most /32.`);
  if (prefixLength < LARGEST_SUBNET_PREFIX || prefixLength > SMALLEST_SUBNET_PREFIX) {
    throw bad(`is a /${prefixLength}; a VPC subnet is from /${LARGEST_SUBNET_PREFIX} to /${SMALLEST_SUBNET_PREFIX}.`, {
      min: LARGEST_SUBNET_PREFIX,
      max: SMALLEST_SUBNET_PREFIX,
      sources: ['fact:subnet/reservedAddresses'],
    });
  }
  const address = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - prefixLength);
  const network = address - (address % size);
  if (network !== address) {
    throw bad(`is not a network address: the /${prefixLength} that holds it starts at ${written(network)} (write ${written(network)}/${prefixLength}).`, {
      suggestion: `${written(network)}/${prefixLength}`,
    });
  }
  return { text: `${written(address)}/${prefixLength}`, prefixLength, size };
}
