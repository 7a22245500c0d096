// The aws-node environment a plan sets: what the mode and the use cases need, each with why and its sources, and
// the VPC CNI version each needs. Settings whose default the sources disagree on, or that the plan relies on, are
// written out even at their default. The switches and mode settings come from the data (requiredSettings, the
// linter's use-case switches), so a mode or use case the data gains flows through here.
import type { PodNetworkingMode, UseCase } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { USE_CASE_LABELS } from '../../domain/labels.js';
import { atLeast } from '../cni-version.js';
import { citation } from '../explanation.js';
import { cniSetting } from '../settings/catalogue.js';
import { defaultNote } from '../settings/defaults.js';
import { switchOf } from '../settings/features.js';
import { requiredSettings } from '../settings/required-settings.js';

export interface PlanEnvVar {
  name: string;
  value: string;
  /** Why the plan sets it. */
  reason: string;
  sources: readonly Source[];
}

/** A VPC CNI version something in the plan needs, and what. */
export interface VersionNeed {
  version: string;
  what: string;
  source: Source;
}

interface Wanted {
  name: string;
  value: string;
  reason: string;
  refs: readonly string[];
  /** Needed for the plan to work (its version raises the plan's); else written out only where the version knows it. */
  required: boolean;
}

function wanted(k: Knowledge, mode: PodNetworkingMode, useCases: readonly UseCase[]): Wanted[] {
  const ipv6 = useCases.includes('IPV6');
  const ipv4Setting = cniSetting(k, 'ENABLE_IPv4')!;
  const list: Wanted[] = [
    {
      name: 'ENABLE_IPv4',
      value: ipv6 ? 'false' : 'true',
      reason: `Written out: exactly one address family is on. ${defaultNote(ipv4Setting) ?? ''}`.trim(),
      refs: ['setting:ENABLE_IPv4', 'fact:ipv6/dualStack'],
      required: ipv6,
    },
    {
      name: 'ENABLE_IPv6',
      value: ipv6 ? 'true' : 'false',
      reason: ipv6 ? 'IPv6 Pod addresses; IPv6 needs prefix delegation.' : 'Written out: exactly one address family is on.',
      refs: ['setting:ENABLE_IPv6', 'fact:ipv6/requiresPrefixDelegation'],
      required: ipv6,
    },
    ...requiredSettings(k, mode).map((r) => ({ name: r.setting.name, value: r.value, reason: r.text, refs: [r.source.ref, `setting:${r.setting.name}`], required: true })),
    ...useCases.flatMap((u) => {
      const name = switchOf(u);
      return name ? [{ name, value: 'true', reason: `Switches ${USE_CASE_LABELS[u]} on.`, refs: [`setting:${name}`], required: true }] : [];
    }),
  ];
  if (mode !== 'IP_PREFIXES') {
    list.push({
      name: 'WARM_ENI_TARGET',
      value: '1',
      reason: 'Written out: the default and shipped value, which keeps one interface’s worth of addresses free per node (the warm pool ipPlan sizes subnets for).',
      refs: ['fact:warm-pool/warmEniTarget', 'setting:WARM_ENI_TARGET'],
      required: false,
    });
  }
  if (mode === 'IP_PREFIXES') {
    list.push({
      name: 'WARM_PREFIX_TARGET',
      value: '1',
      reason: 'The shipped value: with prefix delegation, WARM_PREFIX_TARGET, WARM_IP_TARGET and MINIMUM_IP_TARGET all zero or unset is rejected at start-up (the code’s default is 0).',
      refs: ['fact:prefix-delegation/zeroTargetsRejected', 'setting:WARM_PREFIX_TARGET'],
      required: true,
    });
  }
  if (useCases.includes('CUSTOM_NETWORKING')) {
    list.push({
      name: 'ENI_CONFIG_LABEL_DEF',
      value: 'topology.kubernetes.io/zone',
      reason: 'Each node takes the ENIConfig named like its Availability Zone, so no node needs annotating.',
      refs: ['fact:custom-networking/eniConfigPerZone', 'setting:ENI_CONFIG_LABEL_DEF'],
      required: true,
    });
  }
  if (useCases.includes('SNAT')) {
    list.push({
      name: 'AWS_VPC_K8S_CNI_EXTERNALSNAT',
      value: 'false',
      reason: 'Written out: the VPC CNI translates Pod traffic leaving the VPC to the node’s primary address (false, the default).',
      refs: ['setting:AWS_VPC_K8S_CNI_EXTERNALSNAT'],
      required: false,
    });
  }
  if (useCases.includes('CALICO_NETWORK_POLICY')) {
    list.push({
      name: 'ANNOTATE_POD_IP',
      value: 'true',
      reason: 'Recommended with Calico network policy to avoid a known Kubernetes issue; it needs patch permission on Pods for aws-node (see the ClusterRole step).',
      refs: ['statement:note-4', 'setting:ANNOTATE_POD_IP'],
      required: true,
    });
  }
  return list;
}

/** The environment for the mode and use cases at a VPC CNI version, and the versions its settings need. */
export function planEnv(k: Knowledge, mode: PodNetworkingMode, useCases: readonly UseCase[], version: string): { env: PlanEnvVar[]; needs: VersionNeed[] } {
  const env = new Map<string, PlanEnvVar>();
  const needs: VersionNeed[] = [];
  for (const w of wanted(k, mode, useCases)) {
    const since = cniSetting(k, w.name)?.introducedIn ?? null;
    if (since !== null && !atLeast(version, since)) {
      if (!w.required) continue;
      needs.push({ version: since, what: `${w.name}=${w.value}`, source: citation(k, `setting:${w.name}`) });
    }
    if (env.has(w.name)) continue;
    env.set(w.name, { name: w.name, value: w.value, reason: w.reason, sources: [...new Set(w.refs)].map((ref) => citation(k, ref)) });
  }
  return { env: [...env.values()], needs };
}
