import {
  knowledgeMatrix,
  type KnowledgeMatrix,
  type KnowledgeMatrixCell,
  type KnowledgeMatrixColumn,
  type KnowledgeMatrixGroup,
  type KnowledgeMatrixRow,
} from '../rules/knowledge-matrix.js';
import { builder } from './builder.js';
import { CapabilityEnum, NodeTypeEnum, PodNetworkingModeEnum, SupportEnum, UseCaseEnum } from './enums.js';
import { SourceRef } from './source.js';

const GroupRef = builder.objectRef<KnowledgeMatrixGroup>('KnowledgeMatrixGroup').implement({
  description: 'A node type and the columns (modes) it spans, for a heading above them.',
  fields: (t) => ({
    nodeType: t.field({ type: NodeTypeEnum, description: 'The node type.', resolve: (g) => g.nodeType }),
    label: t.exposeString('label', { description: 'Its name for the heading.' }),
    modes: t.field({ type: [PodNetworkingModeEnum], description: 'Its modes, in column order.', resolve: (g) => [...g.modes] }),
  }),
});

const ColumnRef = builder.objectRef<KnowledgeMatrixColumn>('KnowledgeMatrixColumn').implement({
  description: 'A column: one mode of one node type.',
  fields: (t) => ({
    nodeType: t.field({ type: NodeTypeEnum, description: 'The node type offering the mode.', resolve: (c) => c.nodeType }),
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The mode.', resolve: (c) => c.mode }),
    title: t.exposeString('title', { description: 'The matrix’s column heading where it has one, else the mode’s plain name.' }),
  }),
});

const CellRef = builder.objectRef<KnowledgeMatrixCell>('KnowledgeMatrixCell').implement({
  description: 'One cell: the verdict (use case rows) or rating (capability rows) for one mode of one node type, with its sources.',
  fields: (t) => ({
    nodeType: t.field({ type: NodeTypeEnum, description: 'The column’s node type.', resolve: (c) => c.nodeType }),
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The column’s mode.', resolve: (c) => c.mode }),
    support: t.field({ type: SupportEnum, nullable: true, description: 'The verdict, for a use case row (as compatibility gives it); null for a capability row.', resolve: (c) => c.support }),
    value: t.exposeString('value', { nullable: true, description: 'The rating, for a capability row; null for a use case row or when no source states it.' }),
    detail: t.exposeString('detail', { description: 'What the sources say, in plain words.' }),
    sources: t.field({ type: [SourceRef], description: 'What the cell rests on; empty when unknown.', resolve: (c) => [...c.sources] }),
  }),
});

const RowRef = builder.objectRef<KnowledgeMatrixRow>('KnowledgeMatrixRow').implement({
  description: 'A row: one use case or one capability, with one cell per column.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable identifier, e.g. "use-case-ipv6" or "capability-pod-density".' }),
    useCase: t.field({ type: UseCaseEnum, nullable: true, description: 'The use case the row judges, for a use case row.', resolve: (r) => r.useCase }),
    capability: t.field({ type: CapabilityEnum, nullable: true, description: 'The capability the row rates, for a capability row.', resolve: (r) => r.capability }),
    label: t.exposeString('label', { description: 'The row heading.' }),
    cells: t.field({ type: [CellRef], description: 'One cell per column, in column order.', resolve: (r) => [...r.cells] }),
  }),
});

const KnowledgeMatrixRef = builder.objectRef<KnowledgeMatrix>('KnowledgeMatrix').implement({
  description: 'Everything podnet knows, drawn like the source document’s table: use case and capability rows, a column per mode of every node type.',
  fields: (t) => ({
    groups: t.field({ type: [GroupRef], description: 'The node types, left to right, with the columns each spans.', resolve: (m) => [...m.groups] }),
    columns: t.field({ type: [ColumnRef], description: 'The columns, left to right.', resolve: (m) => [...m.columns] }),
    rows: t.field({ type: [RowRef], description: 'The use case rows, then the capability rows.', resolve: (m) => [...m.rows] }),
  }),
});

builder.queryField('knowledgeMatrix', (t) =>
  t.field({
    type: KnowledgeMatrixRef,
    description:
      'The current knowledge as a table for portals to draw: the matrix’s use cases and capabilities for every mode of every node type (EC2 Linux, Windows, Fargate, EKS Auto Mode, hybrid nodes), each cell cited. `matrix` stays the source document’s own table.',
    resolve: (_root, _args, ctx) => knowledgeMatrix(ctx.knowledge),
  }),
);
