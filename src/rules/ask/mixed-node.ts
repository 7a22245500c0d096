// Security groups for Pods together with individual IP addresses or IP prefixes on one node: note 5 of the source
// document says Pods with branch network interfaces and Pods with addresses or prefixes can share a node. Such a
// question is about two modes at once, one for each kind of Pod, not about security groups inside the other mode.
import { listInWords, MODE_LABELS, NODE_TYPE_LABELS, USE_CASE_LABELS } from '../../domain/labels.js';
import type { NodeType, PodNetworkingMode, UseCase } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { compatibility, type ModeVerdict } from '../compatibility.js';
import type { Message, MessagePoint } from '../message.js';
import { worstOf } from '../verdict-words.js';
import { tooOldCniSentences, verdictOf } from './mode-verdicts.js';

/** The note that lets the two kinds of Pod share a node (statements.json). */
const MIXED_NODE_STATEMENT = 'note-5';
const SHARING_MODES: readonly PodNetworkingMode[] = ['INDIVIDUAL_IPS', 'IP_PREFIXES'];

/** The mode named beside security groups for Pods, when the question is about both on one node. */
export function modeBesideSecurityGroups(modes: readonly PodNetworkingMode[], useCases: readonly UseCase[]): PodNetworkingMode | null {
  if (!useCases.includes('SECURITY_GROUPS_FOR_PODS')) return null;
  return modes.find((m) => SHARING_MODES.includes(m)) ?? null;
}

function modePoint(mode: ModeVerdict, useCases: readonly UseCase[], version: string | null): MessagePoint {
  const verdicts = mode.useCases.map((v) => `${USE_CASE_LABELS[v.useCase]}: ${v.detail}`);
  const tooOld = tooOldCniSentences(mode, version);
  const what = useCases.length > 0 ? verdicts.join(' ') : 'no other use case asked.';
  const fails = ['No', 'Unknown'].includes(verdictOf(mode, version));
  return { label: MODE_LABELS[mode.mode], text: [what, ...mode.requirements, ...tooOld].join(' '), sources: mode.useCases.flatMap((v) => v.sources), inPlainText: fails };
}

/** The answer for one node type, or null when the node type does not offer both modes or the note does not speak for it. */
export function mixedNodeMessage(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode, useCases: readonly UseCase[], version: string | null): Message | null {
  const note = k.statements.find((s) => s.id === MIXED_NODE_STATEMENT && s.nodeTypes.includes(nodeType));
  const offered = k.nodeTypes.find((n) => n.nodeType === nodeType)?.modes ?? [];
  if (!note || !offered.includes(mode) || !offered.includes('SECURITY_GROUPS_FOR_PODS')) return null;
  const others = useCases.filter((u) => u !== 'SECURITY_GROUPS_FOR_PODS');
  // Pods with security groups of their own need every use case asked; the other Pods every one but that.
  const branchPods = compatibility(k, nodeType, useCases).modes.find((m) => m.mode === 'SECURITY_GROUPS_FOR_PODS')!;
  const addressPods = compatibility(k, nodeType, others).modes.find((m) => m.mode === mode)!;
  const verdict = worstOf([verdictOf(branchPods, version), verdictOf(addressPods, version)]);
  const asked = others.length > 0 ? `, with ${listInWords(others.map((u) => USE_CASE_LABELS[u]))}` : '';
  return {
    verdict,
    text:
      `on one ${NODE_TYPE_LABELS[nodeType].replace(/ nodes$/, ' node')}, Pods with security groups of their own (branch network interfaces) ` +
      `run beside Pods with ${MODE_LABELS[mode]} (note ${note.number})${asked}; each kind of Pod follows its own mode's verdict.`,
    points: [
      { label: `Note ${note.number}`, text: note.text, sources: [note.source] },
      modePoint(branchPods, useCases, version),
      modePoint(addressPods, others, version),
    ],
  };
}
