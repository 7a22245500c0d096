// The lint's answer in a few lines a chat bot can post as it is.
import { listInWords, MODE_LABELS } from '../../domain/labels.js';
import type { PodNetworkingMode, Severity } from '../../domain/vocabulary.js';
import type { Message } from '../message.js';
import type { Finding } from './finding.js';
import type { JudgedVersion } from './judged-version.js';

const ORIGIN: Record<JudgedVersion['origin'], string> = {
  INPUT: 'as given',
  IMAGE_TAG: 'from the aws-node image tag',
  NEWEST_KNOWN: 'the newest release podnet knows; give cniVersion to judge another',
};

const NOUNS: Record<Severity, [string, string]> = { ERROR: ['error', 'errors'], WARNING: ['warning', 'warnings'], INFO: ['note', 'notes'] };
const LABELS: Record<Severity, string> = { ERROR: 'Error', WARNING: 'Warning', INFO: 'Note' };

function counted(findings: readonly Finding[]): string {
  const parts = (['ERROR', 'WARNING', 'INFO'] as const).flatMap((severity) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return n === 0 ? [] : [`${n} ${NOUNS[severity][n === 1 ? 0 : 1]}`];
  });
  return parts.length === 0 ? 'nothing to report' : listInWords(parts);
}

function modeInWords(mode: PodNetworkingMode, modes: readonly PodNetworkingMode[]): string {
  const others = modes.filter((m) => m !== mode);
  return others.length === 0 ? MODE_LABELS[mode] : `${MODE_LABELS[mode]} (Pods without their own security groups get ${listInWords(others.map((m) => MODE_LABELS[m]))})`;
}

/** The verdict and the mode, then every finding; errors and warnings also appear in the plain-text summary. */
export function summarise(ok: boolean, findings: readonly Finding[], mode: PodNetworkingMode, modes: readonly PodNetworkingMode[], version: JudgedVersion): Message {
  return {
    verdict: ok ? 'OK' : 'Not OK',
    text: `${counted(findings)}. The configuration implies ${modeInWords(mode, modes)}, judged against VPC CNI ${version.version} (${ORIGIN[version.origin]}).`,
    points: findings.map((f) => ({ label: LABELS[f.severity], text: f.message, sources: f.sources, inPlainText: f.severity !== 'INFO' })),
  };
}
