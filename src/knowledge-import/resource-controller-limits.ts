// aws/amazon-vpc-resource-controller-k8s pkg/aws/vpc/limits.go: trunking compatibility and branch interfaces per
// instance type (the seed's trunking columns), with the controller's own copy of the network limits, which the
// import compares with the VPC CNI's.
import { boolField, checkUniqueKeys, intField, readGoMapLiteral, stringField } from './go-map-literal.js';
import { ImportError } from './import-error.js';
import { readNetworkCards, type NetworkCards } from './network-cards.js';

export interface ResourceControllerLimits extends NetworkCards {
  name: string;
  line: number;
  /** Interfaces on all cards together. */
  interfaces: number;
  ipv4PerInterface: number;
  trunkingCompatible: boolean;
  branchInterfaces: number;
  /** "" where the controller does not say. */
  hypervisor: string;
  isBareMetal: boolean;
}

export function parseResourceControllerLimits(text: string, file: string): Map<string, ResourceControllerLimits> {
  const entries = readGoMapLiteral(text, file, 'Limits');
  if (entries.length === 0) throw new ImportError(file, null, 'Limits lists no instance type');
  checkUniqueKeys(entries, file);
  return new Map(
    entries.map((e) => [
      e.key,
      {
        name: e.key,
        line: e.line,
        interfaces: intField(e, 'Interface', file, 1),
        ipv4PerInterface: intField(e, 'IPv4PerInterface', file, 1),
        trunkingCompatible: boolField(e, 'IsTrunkingCompatible', file),
        branchInterfaces: intField(e, 'BranchInterface', file, 0),
        ...readNetworkCards(e, file),
        hypervisor: stringField(e, 'Hypervisor', file),
        isBareMetal: boolField(e, 'IsBareMetal', file),
      },
    ]),
  );
}
