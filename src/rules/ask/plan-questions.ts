// Questions that ask for configuration ("set up custom networking with prefixes on m5.large") or for subnet sizes
// ("how big a subnet for 50 m5.xlarge nodes with WARM_IP_TARGET=5"): read on top of the interpreter's reading, and
// answered by plan and ipPlan. What the interpreter already recognised (use cases, modes, instance types) is used as
// it is; this file adds the numbers those questions carry.
import { listInWords, MODE_LABELS, SUBNET_ROLE_LABELS } from '../../domain/labels.js';
import type { NodeType, PodNetworkingMode } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { ipPlan, type IpPlan, type IpPlanQuestion } from '../ip-plan/ip-plan.js';
import { WARM_POOL_SETTINGS } from '../ip-plan/warm-pool.js';
import { plan, type Plan } from '../plan/plan.js';
import { compatibility } from '../compatibility.js';
import { RuleError } from '../rule-error.js';
import { isUsable } from '../support.js';
import { verdictFor, type Verdict } from '../verdict-words.js';
import type { Parts } from './answer-parts.js';
import type { Intent, Interpretation } from './interpret.js';

const PLAN_WORDS = /\b(set ?up|plan|generate|turn on|give me the config(uration)?|how do i (enable|use|set up|turn on))\b/i;
const SIZE_WORDS = /\b(subnets?|cidrs?|ip addresses|ips|how big|address space|ip exhaustion|run(ning)? out of)\b/i;
const NODES = /\b(\d{1,6})\s*(?:x\s*)?(?:[a-z][a-z0-9-]*\d[a-z0-9-]*\.[a-z0-9]+\s+)?(?:nodes?|instances?|machines?)\b/i;
const PODS = /\b(\d{1,5})\s+pods?\b/i;
const CIDR = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\/\d{1,3}\b/;
// "WARM_IP_TARGET=5", "warm_ip_target: 5", "WARM_IP_TARGET 5", for each warm-pool target.
const TARGETS: readonly [keyof IpPlanQuestion, RegExp][] = Object.entries(WARM_POOL_SETTINGS).map(([field, setting]) => [
  field as keyof IpPlanQuestion,
  new RegExp(`\\b${setting}\\s*[=:]?\\s*(-?\\d+)`, 'i'),
]);

export type PlanIntent = Extract<Intent, 'PLAN' | 'IP_PLAN'>;

/** PLAN or IP_PLAN when the question asks for configuration or subnet sizes; null to keep the interpreter's intent. */
export function planIntent(u: Interpretation): PlanIntent | null {
  // Words already read as a mode or use case ("individual IP addresses", "public subnets") do not ask for sizes.
  const rest = u.recognised.filter((r) => r.kind === 'MODE' || r.kind === 'USE_CASE').reduce((text, r) => text.replace(r.text, ' '), u.question);
  const sized = u.instanceTypes.length > 0 && (SIZE_WORDS.test(rest) || NODES.test(rest) || CIDR.test(rest));
  if (sized) return 'IP_PLAN';
  if (PLAN_WORDS.test(u.question) && (u.useCases.length > 0 || u.modes.length > 0)) return 'PLAN';
  return null;
}

const number = (pattern: RegExp, text: string) => {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : undefined;
};

function addressMode(u: Interpretation): PodNetworkingMode {
  return u.modes[0] ?? (u.useCases.includes('IPV6') ? 'IP_PREFIXES' : 'INDIVIDUAL_IPS');
}

/** A rule's refusal becomes the answer's text, as the density answers do. */
function refusal(error: unknown, followUps: string[], verdict: Verdict = 'No'): Parts {
  if (!(error instanceof RuleError)) throw error;
  return { message: { verdict, text: error.message, points: [] }, plans: [], ipPlans: [], followUps };
}

/** A refused plan opens with what the sources say of the use cases (in the mode asked): Disputed or Unknown is not No. */
function refusedPlanVerdict(k: Knowledge, nodeType: NodeType, u: Interpretation): Verdict {
  const report = compatibility(k, nodeType, u.useCases);
  const support = report.modes.find((m) => m.mode === u.modes[0])?.support ?? report.support;
  return isUsable(support) ? 'No' : verdictFor(support);
}

function answerIpPlan(k: Knowledge, u: Interpretation): Parts {
  const cidr = CIDR.exec(u.question)?.[0];
  const question: IpPlanQuestion = {
    instanceType: u.instanceTypes[0]!,
    mode: addressMode(u),
    nodes: number(NODES, u.question),
    podsPerNode: number(PODS, u.question),
    customNetworking: u.useCases.includes('CUSTOM_NETWORKING'),
    // A CIDR's first three numbers read like a version; only a version outside it counts.
    cniVersion: u.cniVersion && !cidr?.startsWith(u.cniVersion) ? u.cniVersion : null,
    subnetCidr: cidr ?? null,
    ...Object.fromEntries(TARGETS.flatMap(([field, pattern]) => (pattern.test(u.question) ? [[field, number(pattern, u.question)]] : []))),
  };
  const followUps = [`Set up ${MODE_LABELS[question.mode!]} on ${question.instanceType}`];
  let p: IpPlan;
  try {
    p = ipPlan(k, question);
  } catch (error) {
    return refusal(error, followUps);
  }
  const sizes = p.subnets.map((s) => {
    const where = `the ${SUBNET_ROLE_LABELS[s.role]}`;
    const size = s.smallestSubnetPrefixLength === null ? 'more than a /16' : `a /${s.smallestSubnetPrefixLength} at least`;
    return `${where} needs ${s.totalAddresses} addresses, ${size}${s.cidr ? ` (${s.cidr} holds ${s.nodesThatFit} such nodes)` : ''}`;
  });
  return {
    message: {
      verdict: null,
      text: `${p.nodes} ${p.instanceType} node${p.nodes === 1 ? '' : 's'} with ${p.podsPerNode} Pods each (${MODE_LABELS[p.mode]}, ${p.warmPoolRule}) take ${p.addressesPerNode} addresses a node: ${listInWords(sizes)}.`,
      points: [
        { label: 'Arithmetic', text: p.arithmetic.join('; '), sources: p.sources },
        ...p.warnings.map((w) => ({ label: 'Warning', text: w, sources: [] })),
      ],
    },
    plans: [],
    ipPlans: [p],
    followUps: [...followUps, `How many Pods fit on ${p.instanceType} with ${MODE_LABELS[p.mode === 'IP_PREFIXES' ? 'INDIVIDUAL_IPS' : 'IP_PREFIXES']}?`],
  };
}

function answerPlan(k: Knowledge, u: Interpretation): Parts {
  const nodeType = u.nodeTypes[0] ?? 'EC2_LINUX';
  const instanceType = u.instanceTypes[0] ?? null;
  const followUps = instanceType ? [`How big a subnet for 10 ${instanceType} nodes with ${MODE_LABELS[addressMode(u)]}?`] : [];
  let p: Plan;
  try {
    p = plan(k, { nodeType, useCases: u.useCases, mode: u.modes[0] ?? null, instanceType, cniVersion: u.cniVersion });
  } catch (error) {
    return refusal(error, followUps, refusedPlanVerdict(k, nodeType, u));
  }
  return {
    message: {
      verdict: null,
      text: p.summary,
      points: p.steps.map((s, i) => ({ label: `${i + 1}. ${s.title}`, text: s.content ? `${s.text}\n${s.content}` : s.text, sources: s.sources })),
    },
    plans: [p],
    ipPlans: [],
    followUps,
  };
}

export function answerPlanQuestion(k: Knowledge, u: Interpretation, intent: PlanIntent): Parts {
  return intent === 'PLAN' ? answerPlan(k, u) : answerIpPlan(k, u);
}
