// What the provisioner that sets kubelet's max Pods needs for the implied mode: nodeadm and Karpenter count neither
// prefixes nor, for Karpenter, the trunk of security groups for Pods, so max Pods must be set for them. With an
// instance type the finding gives the numbers and the snippet (podDensity's own answer); without one, the rule.
import { PROVISIONER_LABELS } from '../../domain/labels.js';
import { podDensity } from '../pod-density.js';
import { RuleError } from '../rule-error.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

function withInstanceType(ctx: LintContext): Finding[] {
  let density;
  try {
    density = podDensity(ctx.k, {
      instanceType: ctx.instanceType!.name,
      mode: ctx.mode,
      customNetworking: ctx.compatibility.useCases.includes('CUSTOM_NETWORKING'),
      cniVersion: ctx.version.version,
      provisioner: ctx.provisioner,
    });
  } catch (error) {
    // The type cannot run the mode at all; the instance type rules say why.
    if (error instanceof RuleError) return [];
    throw error;
  }
  const snippet = density.configuration[0];
  const refs = density.sources.filter((s) => s.ref.startsWith('cite:')).map((s) => s.ref);
  return density.provisionerWarnings.map((w) =>
    finding(ctx.k, {
      code: 'PROVISIONER_MAX_PODS',
      message: w.text,
      refs: refs.length > 0 ? refs : ['cite:nodeadm/standard-max-pods'],
      suggestion: w.kind === 'TRUNK_COUNTED' ? density.configuration.find((c) => c.title.includes('RESERVED_ENIS'))?.text ?? null : snippet?.text ?? null,
    }),
  );
}

function withoutInstanceType(ctx: LintContext): Finding[] {
  const who = PROVISIONER_LABELS[ctx.provisioner!];
  const findings: Finding[] = [];
  if (ctx.modes.includes('IP_PREFIXES') && ctx.provisioner !== 'AL2_CALCULATOR') {
    findings.push(
      finding(ctx.k, {
        code: 'PROVISIONER_MAX_PODS',
        message: `${who} does not count prefixes: left alone it gives kubelet the individual-address max Pods. Set maxPods (podDensity with this provisioner gives the value and the snippet; give instanceType for them here).`,
        refs: ctx.provisioner === 'KARPENTER' ? ['cite:karpenter/eni-limited-pods'] : ['cite:nodeadm/standard-max-pods', 'cite:nodeadm/max-pods-precedence'],
      }),
    );
  }
  if (ctx.mode === 'SECURITY_GROUPS_FOR_PODS' && ctx.provisioner === 'KARPENTER') {
    findings.push(
      finding(ctx.k, {
        code: 'PROVISIONER_MAX_PODS',
        message: 'Karpenter is not aware of security groups for Pods and counts the trunk interface for Pods: set RESERVED_ENIS=1 in its configuration.',
        refs: ['cite:karpenter/not-aware-of-security-groups', 'cite:karpenter/reserved-enis-for-security-groups'],
      }),
    );
  }
  return findings;
}

export function provisionerRules(ctx: LintContext): Finding[] {
  if (ctx.provisioner === null || ctx.provisioner === 'EKS_AUTO_MODE') return [];
  return ctx.instanceType ? withInstanceType(ctx) : withoutInstanceType(ctx);
}
