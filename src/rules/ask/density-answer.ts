// "How many Pods fit on an m5.large with prefixes?": podDensity for each instance type asked, in the mode the
// question implies, with what the provisioner gives kubelet.
import { listInWords, MODE_LABELS, NODE_TYPE_LABELS, PROVISIONER_LABELS } from '../../domain/labels.js';
import type { NodeType, PodNetworkingMode } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import type { MessagePoint } from '../message.js';
import { podDensity, type PodDensity } from '../pod-density.js';
import { RuleError } from '../rule-error.js';
import type { Parts } from './answer-parts.js';
import type { Interpretation } from './interpret.js';

/** "an m5.large", "a t3.large": the article goes by how the first letter is said. */
function withArticle(instanceType: string): string {
  return `${/^[aefhilmnorsx]/.test(instanceType) ? 'an' : 'a'} ${instanceType}`;
}

function densityQuestionMode(u: Interpretation, nodeType: NodeType): PodNetworkingMode {
  // EKS Auto Mode has modes of its own: prefixes by default, secondary addresses when those are named.
  if (nodeType === 'EKS_AUTO_MODE') return u.modes[0] === 'INDIVIDUAL_IPS' ? 'AUTO_MODE_SECONDARY_IPS' : 'AUTO_MODE_PREFIXES';
  if (u.modes[0]) return u.modes[0];
  return u.useCases.includes('SECURITY_GROUPS_FOR_PODS') ? 'SECURITY_GROUPS_FOR_PODS' : 'INDIVIDUAL_IPS';
}

/** "434", or with a provisioner "434 (recommended 110; nodeadm gives kubelet 29 unless set)". */
function densityInWords(d: PodDensity | undefined): string {
  if (!d) return 'not possible';
  if (d.provisioner === 'AL2_CALCULATOR') return String(d.maxPods);
  const who = PROVISIONER_LABELS[d.provisioner];
  const fallback = d.kubeletDefault === d.recommendedMaxPods ? `which ${who} gives kubelet` : `${who} gives kubelet ${d.kubeletDefault ?? 'an unknown number'} unless set`;
  return `${d.maxPods} (recommended ${d.recommendedMaxPods ?? 'unknown'}, ${fallback})`;
}

/** What the provisioner gives kubelet and the first snippet that sets the recommended value, for a density point. */
function provisionerText(d: PodDensity): string {
  if (d.provisioner === 'AL2_CALCULATOR') return '';
  const snippet = d.configuration[0];
  // A warning already says what the provisioner gives kubelet when that is not the recommended value.
  const fallback = d.provisionerWarnings.some((w) => w.kind === 'KUBELET_MAX_PODS') ? '' : ` ${PROVISIONER_LABELS[d.provisioner]} gives kubelet ${d.kubeletDefault ?? 'an unknown number'} by default.`;
  return fallback + (snippet ? ` ${snippet.title}:\n${snippet.text}` : '');
}

/** IPv6 Pod density: the calculator the rules follow counts IPv4 addresses, and no source gives a count for IPv6. */
function densityForIpv6(u: Interpretation): Parts {
  const asked = listInWords(u.instanceTypes);
  return {
    message: {
      verdict: 'Unknown',
      text: `podnet cannot count Pods per node for IPv6 on ${asked}: its Pod density follows the max Pods calculator, which counts IPv4 addresses, and no source it holds gives the count for IPv6. The IPv4 figure would answer another question.`,
      points: [],
    },
    followUps: [`How many Pods fit on ${withArticle(u.instanceTypes[0]!)} with prefix delegation?`, 'Can I use IPv6 with prefix delegation?'],
  };
}

export function answerDensity(k: Knowledge, u: Interpretation): Parts {
  if (u.useCases.includes('IPV6')) return densityForIpv6(u);
  const nodeType = u.nodeTypes[0] ?? 'EC2_LINUX';
  const mode = nodeType === 'FARGATE' ? 'FARGATE' : densityQuestionMode(u, nodeType);
  const customNetworking = u.useCases.includes('CUSTOM_NETWORKING');
  const results: PodDensity[] = [];
  const points: MessagePoint[] = [];
  for (const instanceType of u.instanceTypes) {
    try {
      const d = podDensity(k, { instanceType, mode, nodeType, customNetworking, cniVersion: u.cniVersion, provisioner: u.provisioner });
      results.push(d);
      const recommended = d.recommendedMaxPods === null ? '' : ` (${d.recommendedMaxPods} recommended)`;
      const sgp = d.podsWithSecurityGroups === null ? '' : `, of which up to ${d.podsWithSecurityGroups} with security groups of their own`;
      points.push({ label: instanceType, text: `${d.maxPods} Pods at most${recommended}${sgp}: ${d.formula}.${d.warnings.map((w) => ` ${w}`).join('')}${provisionerText(d)}`, sources: d.sources });
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      points.push({ label: instanceType, text: error.message, sources: [] });
    }
  }
  const how = `with ${MODE_LABELS[mode]}${customNetworking ? ' and custom networking' : ''} on ${NODE_TYPE_LABELS[nodeType]}`;
  return {
    message: {
      verdict: null,
      text: `Pods per node ${how}: ${points.map((p) => `${p.label} ${densityInWords(results.find((r) => r.instanceType === p.label))}`).join(', ')}.`,
      points,
    },
    podDensity: results,
    followUps: [
      `How many Pods fit on ${withArticle(u.instanceTypes[0]!)} with ${mode === 'IP_PREFIXES' ? 'individual IP addresses' : 'prefix delegation'}?`,
      `Which settings apply with ${MODE_LABELS[mode]}?`,
    ],
  };
}
