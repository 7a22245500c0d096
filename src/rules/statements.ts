import type { NodeType, StatementSection, UseCase } from '../domain/vocabulary.js';
import type { Knowledge, Statement } from '../knowledge/types.js';

/** The source document's statements (scope, notes, Windows section), in document order, optionally one section. */
export function statements(k: Knowledge, section?: StatementSection): readonly Statement[] {
  return section ? k.statements.filter((s) => s.section === section) : k.statements;
}

/**
 * The statements that bear on a question about a node type and some use cases, in document order: those about the
 * node type (or about every node type) that concern only requested use cases (a note about IPv6 with custom
 * networking matters when both are asked) or that qualify every answer for the node type, and those cited by
 * the answer's verdicts.
 */
export function statementsBearingOn(
  k: Knowledge,
  nodeType: NodeType,
  useCases: readonly UseCase[],
  citedRefs: ReadonlySet<string>,
): Statement[] {
  return k.statements.filter(
    (s) =>
      citedRefs.has(s.source.ref) ||
      ((s.nodeTypes.length === 0 || s.nodeTypes.includes(nodeType)) &&
        (s.useCases.length === 0 ? s.nodeTypes.length > 0 : s.useCases.every((u) => useCases.includes(u)))),
  );
}
