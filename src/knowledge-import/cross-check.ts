// Compares what the upstream sources say about the same instance type. The VPC CNI limits stay the authority for
// the seed's network columns (seed/README.md); every disagreement with the others, and every type one source lists
// and another does not, goes into the change report. None changes a value of the seed.
import { linuxMaxPods } from '../rules/max-pods-arithmetic.js';
import { cardsText } from './instance-type-rows.js';
import type { UpstreamSnapshot } from './read-upstream.js';
import { UPSTREAM_FILES, upstreamName, type UpstreamFileId } from './upstream-files.js';

export interface SourceValue {
  /** `<owner>/<repo>/<path>` */
  file: string;
  line: number;
  value: string;
}

export interface Disagreement {
  instanceType: string;
  /** What the sources disagree on. */
  about: string;
  values: SourceValue[];
}

export interface CoverageGap {
  listedIn: string;
  missingFrom: string;
  instanceTypes: string[];
  /** What it means for the seed. */
  consequence: string;
}

const name = (id: UpstreamFileId) => upstreamName(UPSTREAM_FILES[id]);

export function crossCheck(u: UpstreamSnapshot): { disagreements: Disagreement[]; coverage: CoverageGap[] } {
  const disagreements: Disagreement[] = [];
  const disagree = (instanceType: string, about: string, ...values: [UpstreamFileId, number, string | number | boolean][]) => {
    if (new Set(values.map(([, , v]) => String(v))).size > 1) {
      disagreements.push({ instanceType, about, values: values.map(([id, line, v]) => ({ file: name(id), line, value: String(v) })) });
    }
  };
  for (const t of u.vpcCniLimits.values()) {
    const defaultCard = t.cards.find((c) => c.index === t.defaultCardIndex)!;
    disagree(t.name, 'interfaces on the default network card', ['vpcCniLimits', t.line, t.eniLimit], ['vpcCniLimits', t.line, defaultCard.maxEnis]);
    const listed = u.eniMaxPods.get(t.name);
    if (listed) {
      const computed = linuxMaxPods(t.eniLimit, t.ipv4PerEni, false);
      disagree(t.name, 'max Pods with individual IPs', ['vpcCniLimits', t.line, computed], ['eniMaxPods', listed.line, listed.maxPods]);
    }
    const info = u.nodeadmInstanceInfo.get(t.name);
    if (info) {
      disagree(t.name, 'interfaces on the default network card', ['vpcCniLimits', t.line, t.eniLimit], ['nodeadmInstanceInfo', info.line, info.defaultMaxEnis]);
      disagree(t.name, 'IPv4 addresses per interface', ['vpcCniLimits', t.line, t.ipv4PerEni], ['nodeadmInstanceInfo', info.line, info.ipv4PerInterface]);
    }
    const rc = u.resourceControllerLimits.get(t.name);
    if (rc) {
      const all = t.cards.reduce((n, c) => n + c.maxEnis, 0);
      disagree(t.name, 'IPv4 addresses per interface', ['vpcCniLimits', t.line, t.ipv4PerEni], ['resourceControllerLimits', rc.line, rc.ipv4PerInterface]);
      disagree(t.name, 'interfaces per network card', ['vpcCniLimits', t.line, cardsText(t.cards)], ['resourceControllerLimits', rc.line, cardsText(rc.cards)]);
      disagree(t.name, 'interfaces on all network cards', ['vpcCniLimits', t.line, all], ['resourceControllerLimits', rc.line, rc.interfaces]);
      disagree(t.name, 'default network card', ['vpcCniLimits', t.line, t.defaultCardIndex], ['resourceControllerLimits', rc.line, rc.defaultCardIndex]);
      disagree(t.name, 'bare metal', ['vpcCniLimits', t.line, t.isBareMetal], ['resourceControllerLimits', rc.line, rc.isBareMetal]);
      // The controller leaves the hypervisor empty where it does not know it: silence, not a disagreement.
      if (rc.hypervisor !== '') disagree(t.name, 'hypervisor', ['vpcCniLimits', t.line, t.hypervisor], ['resourceControllerLimits', rc.line, rc.hypervisor]);
    }
  }

  const coverage: CoverageGap[] = [];
  const gap = (listedIn: UpstreamFileId, a: ReadonlyMap<string, unknown>, missingFrom: UpstreamFileId, b: ReadonlyMap<string, unknown>, consequence: string) => {
    const instanceTypes = [...a.keys()].filter((t) => !b.has(t)).sort();
    if (instanceTypes.length > 0) coverage.push({ listedIn: name(listedIn), missingFrom: name(missingFrom), instanceTypes, consequence });
  };
  const limits = u.vpcCniLimits;
  gap('vpcCniLimits', limits, 'autoscalerInstanceTypes', u.autoscalerInstanceTypes, 'no vCPU count: vcpus is empty and the recommended max Pods unknown');
  gap('autoscalerInstanceTypes', u.autoscalerInstanceTypes, 'vpcCniLimits', limits, 'not in the seed: the VPC CNI has no network limits for it');
  gap('vpcCniLimits', limits, 'resourceControllerLimits', u.resourceControllerLimits, 'trunking unknown: trunkingCompatible and branchInterfaces are empty');
  gap('resourceControllerLimits', u.resourceControllerLimits, 'vpcCniLimits', limits, 'not in the seed: the VPC CNI has no network limits for it');
  gap('vpcCniLimits', limits, 'eniMaxPods', u.eniMaxPods, 'max Pods not compared');
  gap('eniMaxPods', u.eniMaxPods, 'vpcCniLimits', limits, 'not in the seed: the VPC CNI has no network limits for it');
  gap('vpcCniLimits', limits, 'nodeadmInstanceInfo', u.nodeadmInstanceInfo, 'not compared with nodeadm');
  gap('nodeadmInstanceInfo', u.nodeadmInstanceInfo, 'vpcCniLimits', limits, 'not in the seed: the VPC CNI has no network limits for it');
  return { disagreements, coverage };
}
