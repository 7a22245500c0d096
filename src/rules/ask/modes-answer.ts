// "Which networking modes does Fargate offer?": the modes of the node types asked, or where the named modes are offered.
import { listInWords, MODE_LABELS, NODE_TYPE_LABELS } from '../../domain/labels.js';
import type { Knowledge } from '../../knowledge/types.js';
import { compatibility } from '../compatibility.js';
import { modeInfo } from '../modes.js';
import { nodeTypesAsked, type Parts } from './answer-parts.js';
import type { Interpretation } from './interpret.js';

export function answerModes(k: Knowledge, u: Interpretation): Parts {
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
