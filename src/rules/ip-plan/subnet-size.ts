// How many addresses and /28 blocks a subnet has room for, and so the smallest subnet that holds a node group and
// the most nodes a subnet holds. AWS reserves the first four and the last address of every subnet
// (fact:subnet/reservedAddresses). A prefix is an aligned /28 block of its own: the first and last blocks hold
// reserved addresses and cannot be prefixes, and the primary (and secondary) addresses of interfaces take room too.
// For prefixes the figures are the best case, with those single addresses packed together; scattered addresses
// leave fewer free blocks (fact:subnet/prefixesNeedContiguousBlocks).
import { ADDRESSES_PER_PREFIX } from './warm-pool.js';
import { LARGEST_SUBNET_PREFIX, SMALLEST_SUBNET_PREFIX } from './cidr.js';

export const RESERVED_PER_SUBNET = 5;
// The free addresses of the two blocks that hold the reserved ones (16 × 2 − 5), where single addresses can go.
const FREE_IN_EDGE_BLOCKS = 2 * ADDRESSES_PER_PREFIX - RESERVED_PER_SUBNET;

/** What a node group (or one node) takes from one subnet. */
export interface SubnetDemand {
  /** Single addresses: interfaces' primary addresses and secondary addresses. */
  single: number;
  /** /28 prefixes. */
  prefixes: number;
}

export function addressesOf(d: SubnetDemand): number {
  return d.single + d.prefixes * ADDRESSES_PER_PREFIX;
}

/** Whether a subnet of this prefix length holds the demand (for prefixes: at best, without fragmentation). */
export function holds(prefixLength: number, d: SubnetDemand): boolean {
  const size = 2 ** (32 - prefixLength);
  if (addressesOf(d) > size - RESERVED_PER_SUBNET) return false;
  if (d.prefixes === 0) return true;
  const freeBlocks = size / ADDRESSES_PER_PREFIX - 2;
  const blocksForSingles = Math.ceil(Math.max(0, d.single - FREE_IN_EDGE_BLOCKS) / ADDRESSES_PER_PREFIX);
  return d.prefixes + blocksForSingles <= freeBlocks;
}

/** The longest prefix length (the smallest subnet) that holds the demand; null when not even a /16 does. */
export function smallestSubnet(d: SubnetDemand): number | null {
  for (let length = SMALLEST_SUBNET_PREFIX; length >= LARGEST_SUBNET_PREFIX; length--) if (holds(length, d)) return length;
  return null;
}

/** The most nodes, each with this demand, that a subnet of this prefix length holds. */
export function nodesThatFit(prefixLength: number, perNode: SubnetDemand): number {
  const size = 2 ** (32 - prefixLength);
  let low = 0;
  let high = Math.floor(size / Math.max(1, addressesOf(perNode)));
  // Binary search over whole nodes: log2(65536) steps at most.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (holds(prefixLength, { single: perNode.single * mid, prefixes: perNode.prefixes * mid })) low = mid;
    else high = mid - 1;
  }
  return low;
}
