// The VPC CNI's network policy: it cannot share the node with the bandwidth plugin, and it is off unless enabled.
import { isTrue } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

export function networkPolicyRules(ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  if (ctx.networkPolicy && isTrue(ctx.config, 'ENABLE_BANDWIDTH_PLUGIN')) {
    findings.push(
      finding(ctx.k, {
        code: 'BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY',
        setting: 'ENABLE_BANDWIDTH_PLUGIN',
        value: 'true',
        message: 'ENABLE_BANDWIDTH_PLUGIN=true cannot be combined with the VPC CNI’s network policy: both program tc. Set ENABLE_BANDWIDTH_PLUGIN=false, or turn network policy off.',
        refs: ['fact:network-policy/bandwidthPluginConflict', 'setting:ENABLE_BANDWIDTH_PLUGIN'],
      }),
    );
  }
  if (ctx.requestedUseCases.includes('NETWORK_POLICY') && ctx.config.networkPolicyAgent === false) {
    findings.push(
      finding(ctx.k, {
        code: 'NETWORK_POLICY_NOT_ENABLED',
        useCase: 'NETWORK_POLICY',
        message: 'Network policy is wanted, but the aws-eks-nodeagent container runs with --enable-network-policy off (the default): policies will not be enforced. Enable it (enable-network-policy-controller, --enable-network-policy=true).',
        refs: ['fact:network-policy/enabledByDefault'],
      }),
    );
  }
  return findings;
}
