// The matrix's settings rows for a mode the matrix has no column for (EKS Auto Mode, hybrid nodes): aws-node's
// settings do not apply there, each with the statement that says so.
import type { NodeType, PodNetworkingMode } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';

// The statement that rules a setting out, by node type, then by setting where a statement names it.
const RULED_OUT_BY: Partial<Record<NodeType, { bySetting: Record<string, string>; otherwise: string }>> = {
  EKS_AUTO_MODE: {
    bySetting: { WARM_ENI_TARGET: 'cite:auto/no-warm-targets', WARM_IP_TARGET: 'cite:auto/no-warm-targets', WARM_PREFIX_TARGET: 'cite:auto/no-warm-targets', MINIMUM_IP_TARGET: 'cite:auto/no-minimum-ip-target', ENABLE_PREFIX_DELEGATION: 'cite:auto/no-prefix-delegation-switch' },
    otherwise: 'cite:auto/no-other-cni-settings',
  },
  HYBRID: { bySetting: {}, otherwise: 'cite:hybrid/no-vpc-cni' },
};

export interface SettingOutsideMatrix {
  text: string;
  detail: string;
  source: Source;
}

/** Why an aws-node setting means nothing in a mode outside the matrix; null for a matrix mode. */
export function settingOutsideMatrix(k: Knowledge, mode: PodNetworkingMode, setting: string): SettingOutsideMatrix | null {
  const nodeType = k.nodeTypes.find((n) => n.modes.includes(mode) && !n.describedByMatrix)?.nodeType;
  const rule = nodeType ? RULED_OUT_BY[nodeType] : undefined;
  if (!rule) return null;
  const source = k.citations.get(rule.bySetting[setting] ?? rule.otherwise)!;
  const where = nodeType === 'HYBRID' ? 'hybrid nodes do not run the VPC CNI' : 'EKS Auto Mode does not take VPC CNI settings; the NodeClass configures its networking';
  return { text: 'Not applicable', detail: `${setting} has no effect: ${where}.`, source };
}
