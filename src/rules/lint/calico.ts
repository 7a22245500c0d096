// Calico network policy: note 4 recommends ANNOTATE_POD_IP=true, which needs patch permission on Pods for aws-node.
import { isTrue } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

const REFS = ['statement:note-4', 'setting:ANNOTATE_POD_IP'];

export function calicoRules(ctx: LintContext): Finding[] {
  const annotates = isTrue(ctx.config, 'ANNOTATE_POD_IP');
  if (!annotates) {
    if (!ctx.requestedUseCases.includes('CALICO_NETWORK_POLICY')) return [];
    return [
      finding(ctx.k, {
        code: 'CALICO_WITHOUT_ANNOTATE_POD_IP',
        setting: 'ANNOTATE_POD_IP',
        useCase: 'CALICO_NETWORK_POLICY',
        message:
          'Calico network policy is wanted but ANNOTATE_POD_IP is not true: set ANNOTATE_POD_IP=true to avoid a known Kubernetes issue, ' +
          'and give the aws-node ClusterRole patch permission on pods (this widens the plugin’s security scope).',
        suggestion: 'true',
        refs: REFS,
      }),
    ];
  }
  if (ctx.config.clusterRolePatchesPods === false) {
    return [
      finding(ctx.k, {
        code: 'ANNOTATE_POD_IP_WITHOUT_RBAC',
        setting: 'ANNOTATE_POD_IP',
        value: 'true',
        message: 'ANNOTATE_POD_IP=true, but the aws-node ClusterRole in the manifest does not allow patch on pods, so the annotation cannot be written. Add "patch" to its rule for pods.',
        refs: REFS,
      }),
    ];
  }
  if (ctx.config.clusterRolePatchesPods === null) {
    return [
      finding(ctx.k, {
        code: 'ANNOTATE_POD_IP_NEEDS_RBAC',
        setting: 'ANNOTATE_POD_IP',
        value: 'true',
        message: 'ANNOTATE_POD_IP=true needs patch permission on pods in the aws-node ClusterRole (the EKS add-on grants it); the input does not include the ClusterRole, so podnet could not check it.',
        refs: REFS,
      }),
    ];
  }
  return [];
}
