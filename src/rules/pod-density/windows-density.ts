// Pod density on Windows nodes: one network interface, its secondary addresses or /28 prefixes, and kubelet's
// default max Pods as the recommendation (no calculator runs there).
import type { Knowledge } from '../../knowledge/types.js';
import { Explanation, factValue } from '../explanation.js';
import { networkLimitsSource } from '../instance-type-sources.js';
import { requireInstanceType } from '../instance-types.js';
import { IPS_PER_PREFIX } from '../max-pods-arithmetic.js';
import type { NodeDensity, PodDensityQuestion } from './types.js';

// kubelet's default max Pods, which Windows nodes keep (no calculator runs there): the value the VPC CNI assumes when
// it cannot read kubelet's configuration (ipamd's defaultMaxPodsFromKubelet), read from that fact and cited with it.
const KUBELET_DEFAULT_MAX_PODS_FACT = 'fact:max-pods/fallbackWhenKubeletConfigUnreadable';

export function windowsDensity(k: Knowledge, q: PodDensityQuestion, cniVersion: string): NodeDensity {
  const t = requireInstanceType(k, q.instanceType);
  const why = new Explanation(k);
  const prefixes = q.mode === 'IP_PREFIXES';
  const slots = t.ipv4PerEni - 1;
  const maxPods = prefixes ? slots * IPS_PER_PREFIX : slots;
  why.cite(networkLimitsSource(k, t));
  why.note(
    'A Windows node uses one network interface; its primary IPv4 address is not given to Pods (− 1).',
    'statement:windows-1',
    'statement:windows-3',
  );
  if (prefixes) {
    why.note(
      `With IP prefixes (enable-windows-prefix-delegation in the amazon-vpc-cni ConfigMap) each of the ${slots} address slots holds a /28 prefix of ${IPS_PER_PREFIX} addresses.`,
      'statement:windows-4',
      'fact:compute-types/windows',
      'fact:prefix-delegation/ipv4PrefixLength',
    );
    if (t.hypervisor !== 'nitro') {
      why.warn(
        `The sources state prefix delegation's Nitro requirement for the Linux VPC CNI only; whether Windows prefixes work on ${t.name} (hypervisor ${t.hypervisor}) is not stated.`,
        'fact:prefix-delegation/instanceRequirement',
      );
    }
  }
  if (q.maxEnis != null) why.warn('maxEnis does not apply: a Windows node uses one network interface.', 'statement:windows-1');
  const kubeletDefault = Number(factValue(k, KUBELET_DEFAULT_MAX_PODS_FACT));
  why.cite(KUBELET_DEFAULT_MAX_PODS_FACT);
  const recommended = Math.min(maxPods, kubeletDefault);
  return {
    instanceType: t.name,
    nodeType: 'EC2_WINDOWS',
    mode: q.mode,
    customNetworking: false,
    cniVersion,
    prefixesApplied: prefixes,
    interfacesForPods: 1,
    podAddressesPerInterface: maxPods,
    maxPods,
    recommendedMaxPods: recommended,
    recommendation: `${recommended}: the lower of max Pods (${maxPods}) and kubelet's default max Pods (${kubeletDefault}), which Windows nodes keep; the calculator's vCPU caps are for Linux nodes.`,
    podsWithSecurityGroups: null,
    formula: prefixes ? `(${t.ipv4PerEni} − 1) × ${IPS_PER_PREFIX} = ${maxPods}` : `${t.ipv4PerEni} − 1 = ${maxPods}`,
    notes: why.notes,
    warnings: why.warnings,
    sources: why.sources,
  };
}
