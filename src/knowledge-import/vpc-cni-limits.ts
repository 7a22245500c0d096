// aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go: network interfaces, IPv4 addresses per interface,
// network cards, hypervisor and bare metal per instance type. The authority for every network column of
// seed/instance-types.csv.
import { INSTANCE_TYPE_NAME } from '../db/seed-files.js';
import { checkUniqueKeys, boolField, intField, readGoMapLiteral, stringField, fieldLine } from './go-map-literal.js';
import { ImportError } from './import-error.js';
import { readNetworkCards, type NetworkCards } from './network-cards.js';

export const HYPERVISORS = ['nitro', 'xen', 'unknown'] as const;
export type Hypervisor = (typeof HYPERVISORS)[number];

export interface VpcCniLimits extends NetworkCards {
  name: string;
  line: number;
  /** Interfaces on the default card (ENILimit). */
  eniLimit: number;
  ipv4PerEni: number;
  hypervisor: Hypervisor;
  isBareMetal: boolean;
}

export function parseVpcCniLimits(text: string, file: string): Map<string, VpcCniLimits> {
  const entries = readGoMapLiteral(text, file, 'instanceNetworkingLimits');
  if (entries.length === 0) throw new ImportError(file, null, 'instanceNetworkingLimits lists no instance type');
  checkUniqueKeys(entries, file);
  return new Map(
    entries.map((e) => {
      // The names become rows of a CSV: a comma or a capital would be a damaged file, not an instance type.
      if (!INSTANCE_TYPE_NAME.test(e.key)) throw new ImportError(file, e.line, `"${e.key}" is not an instance type name (family.size, lower case)`);
      const hypervisor = stringField(e, 'HypervisorType', file);
      if (!(HYPERVISORS as readonly string[]).includes(hypervisor)) {
        throw new ImportError(file, fieldLine(e, 'HypervisorType'), `hypervisor "${hypervisor}" is none of ${HYPERVISORS.join(', ')}`);
      }
      const limits: VpcCniLimits = {
        name: e.key,
        line: e.line,
        eniLimit: intField(e, 'ENILimit', file, 1),
        ipv4PerEni: intField(e, 'IPv4Limit', file, 1),
        ...readNetworkCards(e, file),
        hypervisor: hypervisor as Hypervisor,
        isBareMetal: boolField(e, 'IsBareMetal', file),
      };
      return [e.key, limits];
    }),
  );
}
