// The Pod networking modes a configuration puts a node in, read from the settings each mode requires
// (node-types.json: IP_PREFIXES needs ENABLE_PREFIX_DELEGATION=true, SECURITY_GROUPS_FOR_PODS needs ENABLE_POD_ENI=true).
import type { PodNetworkingMode } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { requiredSettings } from '../settings/required-settings.js';
import { literal, type CniConfig } from './config.js';

export interface ImpliedModes {
  /**
   * The matrix column that describes the configuration: security groups for Pods when they are on, else how the
   * node's network interfaces hand out addresses.
   */
  mode: PodNetworkingMode;
  /** Every column in effect on the node, in the matrix's order. */
  modes: PodNetworkingMode[];
}

/** A mode is on when the configuration sets every setting it requires to the required value. */
export function modeIsOn(k: Knowledge, config: CniConfig, mode: PodNetworkingMode): boolean {
  const required = requiredSettings(k, mode);
  return required.length > 0 && required.every((r) => literal(config, r.setting.name)?.toLowerCase() === r.value.toLowerCase());
}

export function impliedModes(k: Knowledge, config: CniConfig): ImpliedModes {
  // Prefixes replace individual addresses on the node's interfaces (setting:ENABLE_PREFIX_DELEGATION); branch
  // interfaces for Pods with security groups come on top of either, on the same node (statement:note-5).
  const addresses: PodNetworkingMode = modeIsOn(k, config, 'IP_PREFIXES') ? 'IP_PREFIXES' : 'INDIVIDUAL_IPS';
  return modeIsOn(k, config, 'SECURITY_GROUPS_FOR_PODS')
    ? { mode: 'SECURITY_GROUPS_FOR_PODS', modes: [addresses, 'SECURITY_GROUPS_FOR_PODS'] }
    : { mode: addresses, modes: [addresses] };
}
