import type { NodeProvisioner, PodNetworkingMode, UseCase } from '../../domain/vocabulary.js';
import type { InstanceTypeLimits, Knowledge } from '../../knowledge/types.js';
import type { CompatibilityReport } from '../compatibility.js';
import type { CniConfig } from './config.js';
import type { Finding } from './finding.js';
import type { JudgedVersion } from './judged-version.js';

/** Everything a group of lint rules may look at. */
export interface LintContext {
  k: Knowledge;
  config: CniConfig;
  /** The matrix column the configuration implies, and every column in effect on the node. */
  mode: PodNetworkingMode;
  modes: readonly PodNetworkingMode[];
  version: JudgedVersion;
  instanceType: InstanceTypeLimits | null;
  /** The use cases the user asked about. */
  requestedUseCases: readonly UseCase[];
  /** The compatibility verdict for the requested use cases and those the settings turn on, judged together. */
  compatibility: CompatibilityReport;
  /** The VPC CNI's network policy is on: the node agent's flag says so, or the user asked for it. */
  networkPolicy: boolean;
  /** What sets kubelet's max Pods on the nodes, when the user says. */
  provisioner: NodeProvisioner | null;
}

export type LintRules = (ctx: LintContext) => Finding[];
