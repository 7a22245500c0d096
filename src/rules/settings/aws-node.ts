// Where aws-node runs: the settings of the catalogue configure EC2 Linux nodes only.
import type { NodeType, PodNetworkingMode } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { nodeTypeInfo } from '../node-types.js';

/** aws-node is scheduled on Linux EC2 nodes only, never on Fargate (or Windows, hybrid, Auto Mode nodes). */
export const AWS_NODE_NODE_TYPE: NodeType = 'EC2_LINUX';
export const AWS_NODE_SCHEDULING_REFS = ['fact:compute-types/awsNodeScheduling'] as const;

/** The modes whose Pods aws-node networks, in the matrix's order. */
export function awsNodeModes(k: Knowledge): readonly PodNetworkingMode[] {
  return nodeTypeInfo(k, AWS_NODE_NODE_TYPE).modes;
}
