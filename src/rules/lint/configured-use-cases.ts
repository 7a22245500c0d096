// The use cases a configuration switches on by itself, so that the linter judges them with the same compatibility
// rules as the compatibility query (IPv6 with custom networking is a conflict there, and so here).
import { USE_CASES, type UseCase } from '../../domain/vocabulary.js';
import { USE_CASE_SWITCHES } from '../settings/features.js';
import { isTrue, type CniConfig } from './config.js';

export function configuredUseCases(config: CniConfig): UseCase[] {
  const on = USE_CASE_SWITCHES.filter((s) => isTrue(config, s.setting)).map((s) => s.useCase);
  if (config.networkPolicyAgent === true) on.push('NETWORK_POLICY');
  return USE_CASES.filter((u) => on.includes(u));
}
