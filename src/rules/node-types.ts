import type { NodeType } from '../domain/vocabulary.js';
import type { Knowledge, NodeTypeInfo } from '../knowledge/types.js';

export function nodeTypeInfo(k: Knowledge, nodeType: NodeType): NodeTypeInfo {
  const info = k.nodeTypes.find((n) => n.nodeType === nodeType);
  if (!info) throw new Error(`knowledge: node type ${nodeType} is not in the seed data`);
  return info;
}
