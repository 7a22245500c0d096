// "Can I use IPv6 with custom networking on Fargate?": compatibility for the node types asked, narrowed to the modes
// and the VPC CNI version the question names, or the two kinds of Pod of a mixed node (mixed-node.ts).
import { listInWords, MODE_LABELS, NODE_TYPE_LABELS, USE_CASE_LABELS, verbFor } from '../../domain/labels.js';
import type { PodNetworkingMode } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { compatibility, type CompatibilityReport, type ModeVerdict } from '../compatibility.js';
import { uniqueSources } from '../explanation.js';
import { messageSentence, type Message } from '../message.js';
import { nodeTypeInfo } from '../node-types.js';
import { bestOf } from '../verdict-words.js';
import { nodeTypesAsked, type Parts } from './answer-parts.js';
import type { Interpretation } from './interpret.js';
import { mixedNodeMessage, modeBesideSecurityGroups } from './mixed-node.js';
import { tooOldCniSentences, verdictOf } from './mode-verdicts.js';

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

export function answerCompatibility(k: Knowledge, u: Interpretation): Parts {
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
