// The features the settings data tags each setting with (`appliesTo`, `conflictsWith`), and what each one is in the
// rules: the aws-node setting that switches it on, the matrix mode or the use case it names. Every rule that asks
// which setting turns what on reads this table: the linter (what a configuration switches on, which settings do
// nothing without their feature), the settings catalogue (the modes a setting applies in) and the plan.
import type { PodNetworkingMode, SettingTag, UseCase } from '../../domain/vocabulary.js';

export type FeatureTag = Exclude<SettingTag, 'all'>;

export interface Feature {
  /** As a reader knows it, with the value that switches it on where there is one to name. */
  words: string;
  /** The setting that switches it on or off; null when none of aws-node's does (the node agent, the mode). */
  switch: string | null;
  /** The matrix column it is, when it is one: a setting tagged with it applies in that mode only. */
  mode: PodNetworkingMode | null;
  /** The use case it is, when it is one. */
  useCase: UseCase | null;
}

// Each tag the settings data uses but `all`, which applies everywhere.
export const FEATURES: Readonly<Record<FeatureTag, Feature>> = {
  // IPv4 is the address family whenever IPv6 is not on; ENABLE_IPv4 is its switch, whose default the sources dispute.
  ipv4: { words: 'IPv4', switch: 'ENABLE_IPv4', mode: null, useCase: null },
  ipv6: { words: 'IPv6 (ENABLE_IPv6=true)', switch: 'ENABLE_IPv6', mode: null, useCase: 'IPV6' },
  'secondary-ip': { words: 'individual IP addresses', switch: null, mode: 'INDIVIDUAL_IPS', useCase: null },
  'prefix-delegation': { words: 'IP prefixes (ENABLE_PREFIX_DELEGATION=true)', switch: 'ENABLE_PREFIX_DELEGATION', mode: 'IP_PREFIXES', useCase: null },
  'security-groups-for-pods': {
    words: 'security groups for Pods (ENABLE_POD_ENI=true)',
    switch: 'ENABLE_POD_ENI',
    mode: 'SECURITY_GROUPS_FOR_PODS',
    useCase: 'SECURITY_GROUPS_FOR_PODS',
  },
  'custom-networking': {
    words: 'custom networking (AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true)',
    switch: 'AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG',
    mode: null,
    useCase: 'CUSTOM_NETWORKING',
  },
  // The network policy agent, not aws-node, switches it on.
  'network-policy': { words: 'network policy (the node agent’s --enable-network-policy=true)', switch: null, mode: null, useCase: 'NETWORK_POLICY' },
  'external-snat': { words: 'external SNAT (AWS_VPC_K8S_CNI_EXTERNALSNAT=true)', switch: 'AWS_VPC_K8S_CNI_EXTERNALSNAT', mode: null, useCase: null },
  'multi-nic': { words: 'more than one network card (ENABLE_MULTI_NIC=true)', switch: 'ENABLE_MULTI_NIC', mode: null, useCase: null },
};

const ENTRIES = Object.entries(FEATURES) as [FeatureTag, Feature][];

/** The settings that switch a feature on or off. */
export const FEATURE_SWITCHES: ReadonlySet<string> = new Set(ENTRIES.flatMap(([, f]) => (f.switch === null ? [] : [f.switch])));

/** The setting that switches a use case on, or null when something else does (network policy: the node agent). */
export function switchOf(useCase: UseCase): string | null {
  return ENTRIES.find(([, f]) => f.useCase === useCase)?.[1].switch ?? null;
}

/** The use cases an aws-node setting switches on by itself, each with that setting. */
export const USE_CASE_SWITCHES: readonly { useCase: UseCase; setting: string }[] = ENTRIES.flatMap(([, f]) =>
  f.useCase !== null && f.switch !== null ? [{ useCase: f.useCase, setting: f.switch }] : [],
);

/** The matrix modes a setting's tags name. */
export function modesTagged(tags: readonly SettingTag[]): Set<PodNetworkingMode> {
  return new Set(tags.flatMap((t) => (t === 'all' ? [] : (FEATURES[t].mode ?? []))));
}

/** The use cases a setting's tags name. */
export function useCasesTagged(tags: readonly SettingTag[]): UseCase[] {
  return tags.flatMap((t) => (t === 'all' ? [] : (FEATURES[t].useCase ?? [])));
}
