// Security groups for Pods: an instance type that can attach a trunk interface, and what the standard enforcing
// mode does to traffic leaving the VPC while the VPC CNI translates it (external SNAT off).
import { isTrue, literal } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

function trunking(ctx: LintContext): Finding[] {
  const type = ctx.instanceType;
  if (!type || type.trunkingCompatible === true) return [];
  const refs = ['fact:security-groups-for-pods/instanceRequirement', 'setting:ENABLE_POD_ENI'];
  if (type.trunkingCompatible === false) {
    return [
      finding(ctx.k, {
        code: 'INSTANCE_TYPE_CANNOT_TRUNK',
        setting: 'ENABLE_POD_ENI',
        value: 'true',
        message: `${type.name} cannot attach a trunk network interface, so no Pod on it can get security groups of its own. Use a trunking-compatible Nitro type.`,
        refs: [...refs, 'fact:security-groups-for-pods/trunkingCompatibleCounts'],
      }),
    ];
  }
  return [
    finding(ctx.k, {
      code: 'INSTANCE_TYPE_TRUNKING_UNKNOWN',
      setting: 'ENABLE_POD_ENI',
      value: 'true',
      message: `The VPC resource controller's limits do not list ${type.name}, so whether it can attach a trunk interface is unknown; the VPC CNI treats unknown types as trunking compatible.`,
      refs,
    }),
  ];
}

function standardWithSnat(ctx: LintContext): Finding[] {
  if (literal(ctx.config, 'POD_SECURITY_GROUP_ENFORCING_MODE')?.toLowerCase() !== 'standard' || isTrue(ctx.config, 'AWS_VPC_K8S_CNI_EXTERNALSNAT')) return [];
  return [
    finding(ctx.k, {
      code: 'STANDARD_ENFORCING_MODE_WITH_SNAT',
      setting: 'POD_SECURITY_GROUP_ENFORCING_MODE',
      value: 'standard',
      message:
        'With POD_SECURITY_GROUP_ENFORCING_MODE=standard and AWS_VPC_K8S_CNI_EXTERNALSNAT off, traffic from Pods with their own security groups ' +
        'to endpoints outside the VPC uses the node’s security groups, not the Pod’s. Set AWS_VPC_K8S_CNI_EXTERNALSNAT=true if it must use the Pod’s.',
      refs: ['cell:security-group-scope/SECURITY_GROUPS_FOR_PODS', 'setting:POD_SECURITY_GROUP_ENFORCING_MODE', 'setting:AWS_VPC_K8S_CNI_EXTERNALSNAT'],
    }),
  ];
}

export function securityGroupRules(ctx: LintContext): Finding[] {
  return ctx.modes.includes('SECURITY_GROUPS_FOR_PODS') ? [...trunking(ctx), ...standardWithSnat(ctx)] : [];
}
