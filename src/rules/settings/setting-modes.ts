// Which Pod networking modes a setting applies to, read from the settings data's `appliesTo` and `conflictsWith`
// through the feature table (features.ts).
//  - 'secondary-ip', 'prefix-delegation' and 'security-groups-for-pods' name a mode of the matrix: when a setting
//    names any of them, it applies in those modes only (WARM_ENI_TARGET: secondary-ip; WARM_PREFIX_TARGET:
//    prefix-delegation, as the matrix's settings rows say).
//  - 'ipv6', 'custom-networking' and 'network-policy' name a use case: a setting naming only such features
//    applies in the modes where one of them is usable, as the use case verdicts say (IPv6: IP prefixes only).
//  - 'all', 'ipv4', 'external-snat' and 'multi-nic' do not narrow: the setting applies in every mode aws-node runs in.
// In `conflictsWith` only the mode tags exclude a mode: conflicting with IPv6 or network policy is a conflict with
// a feature, which the linter judges, not with a mode. No setting applies on Fargate, where aws-node does not run.
import type { PodNetworkingMode } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge } from '../../knowledge/types.js';
import { isUsable } from '../support.js';
import { useCaseVerdict } from '../use-case-verdict.js';
import { AWS_NODE_NODE_TYPE, awsNodeModes } from './aws-node.js';
import { modesTagged, useCasesTagged } from './features.js';

export function settingModes(k: Knowledge, setting: CniSetting): PodNetworkingMode[] {
  const modes = awsNodeModes(k);
  if (setting.appliesTo.includes('all')) return [...modes];
  const named = modesTagged(setting.appliesTo);
  if (named.size > 0) return modes.filter((m) => named.has(m));
  const useCases = useCasesTagged(setting.appliesTo);
  if (useCases.length === 0) return [...modes];
  return modes.filter((m) => useCases.some((u) => isUsable(useCaseVerdict(k, AWS_NODE_NODE_TYPE, m, u).support)));
}

export function conflictingModes(k: Knowledge, setting: CniSetting): PodNetworkingMode[] {
  const named = modesTagged(setting.conflictsWith);
  return awsNodeModes(k).filter((m) => named.has(m));
}
