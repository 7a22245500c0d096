// The use cases a configuration switches on by itself, so that the linter judges them with the same compatibility
// rules as the compatibility query (IPv6 with custom networking is a conflict there, and so here).
import { USE_CASES, type UseCase } from '../../domain/vocabulary.js';
import { isTrue, type CniConfig } from './config.js';

const SWITCHES: readonly { useCase: UseCase; setting: string }[] = [
  { useCase: 'CUSTOM_NETWORKING', setting: 'AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG' },
  { useCase: 'SECURITY_GROUPS_FOR_PODS', setting: 'ENABLE_POD_ENI' },
  { useCase: 'IPV6', setting: 'ENABLE_IPv6' },
];

/** The setting that switches a use case on, or null when something else does (network policy: the node agent). */
export function switchOf(useCase: UseCase): string | null {
  return SWITCHES.find((s) => s.useCase === useCase)?.setting ?? null;
}

export function configuredUseCases(config: CniConfig): UseCase[] {
  const on = SWITCHES.filter((s) => isTrue(config, s.setting)).map((s) => s.useCase);
  if (config.networkPolicyAgent === true) on.push('NETWORK_POLICY');
  return USE_CASES.filter((u) => on.includes(u));
}
