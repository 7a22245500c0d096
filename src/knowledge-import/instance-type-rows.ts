// seed/instance-types.csv as text rows: built from the VPC CNI limits (every network column), the VPC resource
// controller (trunking) and the cluster autoscaler (vCPUs), and read back for comparison. Values stay strings as the
// CSV writes them, so that a change report compares exactly what the file holds.
import { INSTANCE_TYPE_COLUMNS } from '../db/seed-files.js';
import type { AutoscalerInstanceType } from './autoscaler-instance-types.js';
import type { NetworkCardLimit } from './network-cards.js';
import type { ResourceControllerLimits } from './resource-controller-limits.js';
import type { VpcCniLimits } from './vpc-cni-limits.js';

export type InstanceTypeColumn = (typeof INSTANCE_TYPE_COLUMNS)[number];
export type InstanceTypeRow = Record<InstanceTypeColumn, string>;

/** "0:4;1:4": each card's index and interfaces, as the CSV writes them. */
export function cardsText(cards: readonly NetworkCardLimit[]): string {
  return cards.map((c) => `${c.index}:${c.maxEnis}`).join(';');
}

export function buildInstanceTypeRows(
  limits: ReadonlyMap<string, VpcCniLimits>,
  trunking: ReadonlyMap<string, ResourceControllerLimits>,
  vcpus: ReadonlyMap<string, AutoscalerInstanceType>,
): InstanceTypeRow[] {
  return [...limits.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((t) => {
      const rc = trunking.get(t.name);
      return {
        instanceType: t.name,
        vcpus: String(vcpus.get(t.name)?.vcpus ?? ''),
        hypervisor: t.hypervisor,
        isBareMetal: String(t.isBareMetal),
        networkCards: String(t.cards.length),
        defaultNetworkCardIndex: String(t.defaultCardIndex),
        maxEnisDefaultCard: String(t.eniLimit),
        maxEnisPerCard: cardsText(t.cards),
        ipv4PerEni: String(t.ipv4PerEni),
        trunkingCompatible: rc ? String(rc.trunkingCompatible) : '',
        branchInterfaces: rc ? String(rc.branchInterfaces) : '',
      };
    });
}

/** The file's text; lines end in CRLF, as RFC 4180 writes CSV and as the seed always has. */
export function instanceTypesCsv(rows: readonly InstanceTypeRow[]): string {
  return [INSTANCE_TYPE_COLUMNS.join(','), ...rows.map((r) => INSTANCE_TYPE_COLUMNS.map((c) => r[c]).join(','))].map((l) => `${l}\r\n`).join('');
}

/** The rows of an instance-types.csv the seed holds (validated when the database is built, not here). */
export function readInstanceTypesCsv(text: string): InstanceTypeRow[] {
  const [, ...lines] = text.trimEnd().split(/\r?\n/);
  return lines.map((line) => {
    const fields = line.split(',');
    return Object.fromEntries(INSTANCE_TYPE_COLUMNS.map((c, i) => [c, fields[i] ?? ''])) as InstanceTypeRow;
  });
}
