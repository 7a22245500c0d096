// The aws-node settings a mode needs, with the value it needs (IP_PREFIXES: ENABLE_PREFIX_DELEGATION=true).
import type { PodNetworkingMode } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge, Source } from '../../knowledge/types.js';
import { modeRequirements } from '../mode-requirements.js';
import { AWS_NODE_NODE_TYPE } from './aws-node.js';
import { cniSetting } from './catalogue.js';

export interface RequiredSetting {
  setting: CniSetting;
  value: string;
  /** The lowest VPC CNI version that offers it, when a source names one. */
  minCniVersion: string | null;
  text: string;
  source: Source;
}

/** Empty for Fargate: aws-node does not run there, so no setting of it can be required. */
export function requiredSettings(k: Knowledge, mode: PodNetworkingMode): RequiredSetting[] {
  return modeRequirements(k, AWS_NODE_NODE_TYPE, mode).flatMap((r) => {
    const setting = r.setting === null ? null : cniSetting(k, r.setting);
    if (!setting || r.value === null) return [];
    return [{ setting, value: r.value, minCniVersion: r.minCniVersion, text: r.text, source: r.source }];
  });
}
