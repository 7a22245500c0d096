// Answers a free-text question: interprets it, then asks the same rules the typed queries use, and writes the
// result as a message with its sources and follow-up questions. Nothing here decides a verdict of its own.
import { listInWords, MODE_LABELS, NODE_TYPE_LABELS, PROVISIONER_LABELS, USE_CASE_LABELS, verbFor } from '../../domain/labels.js';
import { NODE_TYPES, type NodeType, type PodNetworkingMode, type SettingState } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge, Source } from '../../knowledge/types.js';
import { atLeast } from '../cni-version.js';
import { compatibility, type CompatibilityReport, type ModeVerdict } from '../compatibility.js';
import { suggestInstanceTypes } from '../instance-types.js';
import { messageSentence, type Message, type MessagePoint } from '../message.js';
import { modeInfo, type ModeInfo } from '../modes.js';
import { nodeTypeInfo } from '../node-types.js';
import { podDensity, type PodDensity } from '../pod-density.js';
import { RuleError } from '../rule-error.js';
import { settingsFor, type ModeSetting } from '../settings-for-mode.js';
import { cniSetting, settingOverride } from '../settings/catalogue.js';
import { closestSetting } from '../settings/closest-setting.js';
import { defaultNote, effectiveDefault } from '../settings/defaults.js';
import { settingModes } from '../settings/setting-modes.js';
import { EXAMPLE_QUESTIONS } from './examples.js';
import { interpret, type Interpretation } from './interpret.js';
import { answerPlanQuestion, planIntent } from './plan-questions.js';
import type { IpPlan } from '../ip-plan/ip-plan.js';
import type { Plan } from '../plan/plan.js';
import { caveatPoints } from './caveats.js';
import { mixedNodeMessage, modeBesideSecurityGroups } from './mixed-node.js';
import { bestOf } from '../verdict-words.js';
import { tooOldCniSentences, verdictOf } from './mode-verdicts.js';
import { NOT_COVERED_REASONS } from './not-covered.js';

export const MAX_QUESTION_LENGTH = 500;
// A question naming more unknown names than this is not a typo to correct: the others get no suggestions, so a
// question's cost does not grow with the names it holds.
export const MAX_SUGGESTED_TERMS = 3;

export interface Answer {
  understood: Interpretation;
  /** Known names close to each unrecognised instance type or setting, in the order of `understood.unrecognised`. */
  suggestions: readonly (readonly string[])[];
  message: Message;
  /** The typed results the answer came from: what the typed queries would return for the same question. */
  compatibility: readonly CompatibilityReport[];
  podDensity: readonly PodDensity[];
  modes: readonly ModeInfo[];
  modeSettings: readonly ModeSetting[];
  settings: readonly CniSetting[];
  plans: readonly Plan[];
  ipPlans: readonly IpPlan[];
  followUps: readonly string[];
}

interface Parts {
  message: Message;
  compatibility?: CompatibilityReport[];
  podDensity?: PodDensity[];
  modes?: ModeInfo[];
  modeSettings?: ModeSetting[];
  settings?: CniSetting[];
  plans?: Plan[];
  ipPlans?: IpPlan[];
  followUps: string[];
}

/** "an m5.large", "a t3.large": the article goes by how the first letter is said. */
function withArticle(instanceType: string): string {
  return `${/^[aefhilmnorsx]/.test(instanceType) ? 'an' : 'a'} ${instanceType}`;
}

const uniqueSources = (sources: readonly Source[]) => [...new Map(sources.map((s) => [s.ref, s])).values()];

function nodeTypesAsked(u: Interpretation): NodeType[] {
  return u.nodeTypes.length > 0 ? u.nodeTypes : [...NODE_TYPES];
}

/**
 * The report narrowed to what the question states: the modes it named and the VPC CNI version it named (a use case
 * that needs a newer one makes the mode's verdict No). The whole report when it states neither.
 */
function focusedMessage(k: Knowledge, report: CompatibilityReport, named: readonly PodNetworkingMode[], version: string | null): Message {
  if (named.length === 0 && version === null) return report.message;
  const where = NODE_TYPE_LABELS[report.nodeType];
  const focus = named.length > 0 ? report.modes.filter((m) => named.includes(m.mode)) : report.modes;
  if (focus.length === 0) {
    const info = nodeTypeInfo(k, report.nodeType);
    const text = `${where} ${verbFor(report.nodeType, 'does', 'do')} not offer ${listInWords(named.map((m) => MODE_LABELS[m]), 'or')}: ${verbFor(report.nodeType, 'it offers', 'they offer')} ${listInWords(info.modes.map((m) => MODE_LABELS[m]))}.`;
    return { verdict: 'No', text, points: [{ label: where, text, sources: info.sources }] };
  }
  const asked = listInWords(report.useCases.map((u) => USE_CASE_LABELS[u]));
  const points = report.message.points.filter((p) => focus.some((m) => MODE_LABELS[m.mode] === p.label));
  const tooOld = (m: ModeVerdict) => tooOldCniSentences(m, version).map((t) => ` ${t}`).join('');
  const verdicts = [...new Set(focus.map((m) => verdictOf(m, version)))];
  const verdict = named.length > 0 ? (verdicts.length === 1 ? verdicts[0]! : null) : bestOf(verdicts);
  return {
    verdict,
    text: focus.map((m) => `with ${MODE_LABELS[m.mode]} on ${where}, ${asked}: ${points.find((p) => p.label === MODE_LABELS[m.mode])?.text ?? ''}${tooOld(m)}`).join(' '),
    points: report.conflicts.length > 0 ? report.message.points : points,
  };
}

function answerCompatibility(k: Knowledge, u: Interpretation): Parts {
  const reports = nodeTypesAsked(u).map((n) => compatibility(k, n, u.useCases));
  const followUps: string[] = [];
  const best = reports.find((r) => r.compatible);
  const mode = u.modes[0] ?? best?.bestMode;
  if (best && mode && best.nodeType === 'EC2_LINUX') {
    followUps.push(`How many Pods fit on an m5.large with ${MODE_LABELS[mode]}?`, `Which settings apply with ${MODE_LABELS[mode]}?`);
  }
  for (const r of reports) followUps.push(`Which networking modes are offered on ${NODE_TYPE_LABELS[r.nodeType]}?`);
  const besideSecurityGroups = modeBesideSecurityGroups(u.modes, u.useCases);
  const messages = reports.map(
    (r) =>
      (besideSecurityGroups && mixedNodeMessage(k, r.nodeType, besideSecurityGroups, u.useCases, u.cniVersion)) ||
      focusedMessage(k, r, u.modes, u.cniVersion),
  );
  if (u.nodeTypes.length === 0) {
    return {
      message: {
        verdict: null,
        text: `The answer depends on the node type: ${listInWords(reports.map((r, i) => `${NODE_TYPE_LABELS[r.nodeType]}: ${messages[i]!.verdict ?? r.summary}`), 'and')}.`,
        points: reports.map((r, i) => ({
          label: NODE_TYPE_LABELS[r.nodeType],
          text: messages[i] === r.message ? r.summary : messageSentence(messages[i]!),
          sources: uniqueSources(messages[i]!.points.flatMap((p) => p.sources)),
        })),
      },
      compatibility: reports,
      followUps,
    };
  }
  const message: Message =
    messages.length === 1
      ? messages[0]!
      : { verdict: null, text: messages.map(messageSentence).join(' '), points: messages.flatMap((m) => m.points) };
  return { message, compatibility: reports, followUps };
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

function answerDensity(k: Knowledge, u: Interpretation): Parts {
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

function answerModeSettings(k: Knowledge, u: Interpretation): Parts {
  const mode = u.modes[0]!;
  const rows = settingsFor(k, mode);
  const applies = rows.filter((r) => r.applicable).map((r) => r.name);
  const doesNot = rows.filter((r) => !r.applicable).map((r) => r.name);
  return {
    message: {
      verdict: null,
      text:
        `With ${MODE_LABELS[mode]}, ${applies.length > 0 ? `${listInWords(applies)} appl${applies.length === 1 ? 'ies' : 'y'}` : 'none of the table’s settings apply'}` +
        `${doesNot.length > 0 ? `; ${listInWords(doesNot)} ${doesNot.length === 1 ? 'does' : 'do'} not` : ''}.`,
      points: rows.map((r) => ({ label: r.name, text: r.detail, sources: [r.source] })),
    },
    modeSettings: rows,
    followUps: applies.slice(0, 2).map((name) => `What does ${name} do?`),
  };
}

function answerModes(k: Knowledge, u: Interpretation): Parts {
  if (u.nodeTypes.length === 0 && u.modes.length > 0) {
    const infos = u.modes.flatMap((mode) =>
      k.nodeTypes.filter((n) => n.modes.includes(mode)).map((n) => modeInfo(k, n.nodeType, mode)),
    );
    return {
      message: {
        verdict: null,
        text: u.modes.map((mode) => `${MODE_LABELS[mode]} is offered on ${listInWords(infos.filter((i) => i.mode === mode).map((i) => NODE_TYPE_LABELS[i.nodeType]))}.`).join(' '),
        points: infos.flatMap((i) =>
          i.requirements.map((r) => ({ label: `${MODE_LABELS[i.mode]} on ${NODE_TYPE_LABELS[i.nodeType]}`, text: r.text, sources: [r.source] })),
        ),
      },
      modes: infos,
      followUps: [`Which settings apply with ${MODE_LABELS[u.modes[0]!]}?`],
    };
  }
  const reports = nodeTypesAsked(u).map((n) => compatibility(k, n, []));
  return {
    message: { verdict: null, text: reports.map((r) => r.summary).join(' '), points: [] },
    modes: nodeTypesAsked(u).flatMap((n) => k.nodeTypes.find((info) => info.nodeType === n)!.modes.map((m) => modeInfo(k, n, m))),
    compatibility: reports,
    followUps: ['Which settings apply with prefix delegation?', `Can I use network policy on ${NODE_TYPE_LABELS[reports[0]!.nodeType]}?`],
  };
}

/** Whether the VPC CNI version the question names has the setting. */
function settingInVersion(s: CniSetting, version: string | null): string | null {
  if (version === null) return null;
  if (s.introducedIn && !atLeast(version, s.introducedIn)) return `VPC CNI ${version} does not have it: it came in ${s.introducedIn}.`;
  if (s.deprecatedIn && atLeast(version, s.deprecatedIn)) return `It has no effect in VPC CNI ${version}: deprecated in ${s.deprecatedIn}.`;
  return `VPC CNI ${version} has it.`;
}

function describeSetting(k: Knowledge, s: CniSetting, askedModes: readonly PodNetworkingMode[], version: string | null): string {
  const fallback = effectiveDefault(s);
  const facts = [
    s.type,
    fallback === null ? 'no default stated' : `default ${fallback === '' ? 'empty' : fallback}`,
    s.introducedIn ? `since VPC CNI ${s.introducedIn}` : null,
    s.deprecatedIn ? `deprecated in ${s.deprecatedIn}` : null,
  ].filter((f) => f !== null);
  const modes = settingModes(k, s);
  const applies = askedModes.map((m) => `It ${modes.includes(m) ? 'applies' : 'does not apply'} with ${MODE_LABELS[m]}.`);
  return [`${s.name} (${facts.join(', ')}): ${s.summary}`, defaultNote(s), ...applies, settingInVersion(s, version)].filter((t) => t !== null).join(' ');
}

const STATE_WORDS: Record<SettingState, (setting: string) => string> = { TRUE: (s) => `${s}=true`, ABOVE_ZERO: (s) => `${s} above 0` };

/** What makes aws-node ignore the setting, when another setting's value can. */
function overridePoints(k: Knowledge, s: CniSetting): MessagePoint[] {
  const override = settingOverride(k, s);
  if (override === null) return [];
  const conditions = override.whenAny.map((c) => STATE_WORDS[c.state](c.setting));
  return [{ label: s.name, text: `has no effect with ${listInWords(conditions, 'or')}: ${override.reason}`, sources: [override.source] }];
}

function answerSettings(k: Knowledge, u: Interpretation): Parts {
  const settings = u.settings.map((name) => cniSetting(k, name)!);
  return {
    message: {
      verdict: null,
      text: settings.map((s) => describeSetting(k, s, u.modes, u.cniVersion)).join(' '),
      points: settings.flatMap((s) => [
        { label: s.name, text: `read by ${s.component}, set on ${listInWords([...s.containers])}`, sources: [s.source] },
        ...overridePoints(k, s),
      ]),
    },
    settings,
    followUps: [...new Set(settings.flatMap((s) => settingModes(k, s).slice(0, 1)).map((m) => `Which settings apply with ${MODE_LABELS[m]}?`))],
  };
}

function answerUnplaced(u: Interpretation, suggestions: readonly (readonly string[])[]): Parts {
  const read = u.recognised.map((r) => `"${r.text}" (${r.value})`);
  const unknown = u.unrecognised.map((t, i) => {
    const near = suggestions[i] ?? [];
    // Phrases are quoted; names (m5.large, WARM_IP_TARGET) stand as they are.
    const named = t.kind === 'UNCLEAR' ? near.map((n) => `"${n}"`) : near;
    const didYouMean = near.length > 0 ? `; did you mean ${listInWords(named, 'or')}?` : '.';
    if (t.kind === 'NOT_COVERED') return `"${t.text}" is ${NOT_COVERED_REASONS[t.category!]}.`;
    if (t.kind === 'UNCLEAR') return `I did not understand "${t.text}"${didYouMean}`;
    return `"${t.text}" is not ${t.kind === 'INSTANCE_TYPE' ? 'an instance type' : 'a setting'} I know${didYouMean}`;
  });
  return {
    message: {
      verdict: null,
      text: [
        'I could not place this question.',
        read.length > 0 ? `I recognised ${listInWords(read)}.` : 'I recognised no node type, mode, use case, instance type or setting in it.',
        ...unknown,
        'Try one of the example questions.',
      ].join(' '),
      points: [],
    },
    followUps: [...EXAMPLE_QUESTIONS],
  };
}

export function ask(k: Knowledge, question: string): Answer {
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new RuleError('BAD_USER_INPUT', `A question is at most ${MAX_QUESTION_LENGTH} characters; this one has ${question.length}.`, { maxLength: MAX_QUESTION_LENGTH });
  }
  const read = interpret(k, question);
  // Configuration and subnet-size questions (plan-questions.ts) are read on top of the interpreter's reading.
  const planned = planIntent(read);
  const understood = planned ? { ...read, intent: planned } : read;
  const suggestions = understood.unrecognised.map((t, i) => {
    if (i >= MAX_SUGGESTED_TERMS) return [];
    if (t.kind === 'INSTANCE_TYPE') return suggestInstanceTypes(k, t.text);
    if (t.kind !== 'SETTING') return t.near ?? [];
    const near = closestSetting(k, t.text);
    return near ? [near] : [];
  });
  const parts = ((): Parts => {
    switch (understood.intent) {
      case 'COMPATIBILITY':
        return answerCompatibility(k, understood);
      case 'POD_DENSITY':
        return answerDensity(k, understood);
      case 'SETTINGS_FOR_MODE':
        return answerModeSettings(k, understood);
      case 'MODES':
        return answerModes(k, understood);
      case 'SETTING':
        return answerSettings(k, understood);
      case 'UNKNOWN':
        return answerUnplaced(understood, suggestions);
      case 'PLAN':
      case 'IP_PLAN':
        return answerPlanQuestion(k, understood, understood.intent);
    }
  })();
  return {
    understood,
    suggestions,
    message: { ...parts.message, points: [...parts.message.points, ...caveatPoints(understood)] },
    compatibility: parts.compatibility ?? [],
    podDensity: parts.podDensity ?? [],
    modes: parts.modes ?? [],
    modeSettings: parts.modeSettings ?? [],
    settings: parts.settings ?? [],
    plans: parts.plans ?? [],
    ipPlans: parts.ipPlans ?? [],
    followUps: parts.followUps,
  };
}
