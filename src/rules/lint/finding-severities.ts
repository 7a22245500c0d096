// How much each lint finding matters, stated once: the rules take a finding's severity from here, and the FindingCode
// descriptions of the API say it from here.
import type { FindingCode, Severity } from '../../domain/vocabulary.js';

export interface FindingSeverity {
  severity: Severity;
  /** The other severity some findings of the code take, and when; the rule says which findings those are. */
  otherwise: { severity: Severity; when: string } | null;
}

const always = (severity: Severity): FindingSeverity => ({ severity, otherwise: null });
// A setting that does nothing: harmless when it is left at a value aws-node would use anyway (no-effect.ts).
const NO_EFFECT: FindingSeverity = { severity: 'WARNING', otherwise: { severity: 'INFO', when: 'when left at a default or the shipped value' } };

export const FINDING_SEVERITIES: Readonly<Record<FindingCode, FindingSeverity>> = {
  UNKNOWN_SETTING: always('WARNING'),
  DUPLICATE_SETTING: always('WARNING'),
  SETTING_IN_WRONG_CONTAINER: always('WARNING'),
  INIT_CONTAINER_MISMATCH: always('ERROR'),
  VALUE_NOT_LITERAL: always('INFO'),
  VALUE_NOT_A_STRING: always('WARNING'),
  WRONG_VALUE_TYPE: always('ERROR'),
  VALUE_NOT_ALLOWED: always('ERROR'),
  VALUE_CASE_MISMATCH: always('WARNING'),
  MODE_NEEDS_NEWER_CNI: always('ERROR'),
  SETTING_NEWER_THAN_CNI_VERSION: always('WARNING'),
  SETTING_DEPRECATED: always('WARNING'),
  SETTING_NOT_APPLICABLE: NO_EFFECT,
  SETTING_WITHOUT_ITS_FEATURE: NO_EFFECT,
  SETTING_OVERRIDDEN: NO_EFFECT,
  IPV4_AND_IPV6_BOTH_ENABLED: always('ERROR'),
  IPV4_AND_IPV6_BOTH_DISABLED: always('ERROR'),
  ENABLE_IPV4_UNSET: always('WARNING'),
  PREFIX_DELEGATION_TARGETS_ZERO: always('ERROR'),
  PREFIX_DELEGATION_NOT_NITRO: { severity: 'WARNING', otherwise: { severity: 'ERROR', when: 'with IPv6 (aws-node does not start)' } },
  INSTANCE_TYPE_CANNOT_TRUNK: always('ERROR'),
  INSTANCE_TYPE_TRUNKING_UNKNOWN: always('INFO'),
  STANDARD_ENFORCING_MODE_WITH_SNAT: always('WARNING'),
  BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY: always('ERROR'),
  NETWORK_POLICY_NOT_ENABLED: always('WARNING'),
  CALICO_WITHOUT_ANNOTATE_POD_IP: always('WARNING'),
  ANNOTATE_POD_IP_WITHOUT_RBAC: always('ERROR'),
  ANNOTATE_POD_IP_NEEDS_RBAC: always('INFO'),
  USE_CASE_CONFLICT: always('ERROR'),
  USE_CASE_NOT_SUPPORTED: always('ERROR'),
  USE_CASE_UNKNOWN: always('WARNING'),
  USE_CASE_NEEDS_NEWER_CNI: always('ERROR'),
  USE_CASE_DISPUTED: always('WARNING'),
  PROVISIONER_MAX_PODS: always('WARNING'),
};

/** The severity of a finding of the code: the code's own, or its other one for the findings the rule marks. */
export function severityOf(code: FindingCode, otherwise: boolean): Severity {
  const stated = FINDING_SEVERITIES[code];
  if (!otherwise) return stated.severity;
  if (stated.otherwise === null) throw new Error(`lint: ${code} has one severity, ${stated.severity}`);
  return stated.otherwise.severity;
}

/** "WARNING", or "WARNING, or INFO when left at a default or the shipped value". */
export function severityInWords(code: FindingCode): string {
  const { severity, otherwise } = FINDING_SEVERITIES[code];
  return otherwise === null ? severity : `${severity}, or ${otherwise.severity} ${otherwise.when}`;
}
