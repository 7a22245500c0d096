import type { MatrixCell, MatrixColumn, MatrixRow } from '../knowledge/types.js';
import { statements } from '../rules/statements.js';
import { builder } from './builder.js';
import { CapabilityEnum, MatrixSectionEnum, PodNetworkingModeEnum, SupportEnum, UseCaseEnum } from './enums.js';
import { NoteRef } from './notes.js';
import { SourceDocumentRef, SourceRef } from './source.js';

const MatrixColumnRef = builder.objectRef<MatrixColumn>('MatrixColumn').implement({
  description: 'A column of the matrix: one Pod networking mode.',
  fields: (t) => ({
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The mode the column describes.', resolve: (c) => c.mode }),
    nodeTypeHeader: t.exposeString('nodeTypeHeader', { description: 'The node type heading above it ("Amazon EC2" or "Fargate").' }),
    header: t.exposeString('header', { description: 'The column heading, verbatim.' }),
  }),
});

const MatrixCellRef = builder.objectRef<MatrixCell>('MatrixCell').implement({
  description: 'One cell of the matrix: its verbatim text and how podnet reads it.',
  fields: (t) => ({
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The column of the cell.', resolve: (c) => c.mode }),
    text: t.exposeString('text', { description: 'The cell, verbatim (paragraphs separated by a blank line).' }),
    value: t.exposeString('value', { nullable: true, description: 'For capability rows, the rating the cell gives ("Node", "High", "Private only").' }),
    support: t.field({ type: SupportEnum, nullable: true, description: 'The verdict the cell gives; null for capability rows that rate rather than judge (Pod density, launch time).', resolve: (c) => c.support }),
    detail: t.exposeString('detail', { description: 'What the cell means, in plain words.' }),
    minCniVersion: t.exposeString('minCniVersion', { nullable: true, description: 'The lowest VPC CNI version the cell names, if any.' }),
    requirements: t.stringList({ description: 'What must be done for the cell to hold.', resolve: (c) => [...c.requirements] }),
    source: t.field({ type: SourceRef, description: 'Where the cell stands in the source document.', resolve: (c) => c.source }),
  }),
});

const MatrixRowRef = builder.objectRef<MatrixRow>('MatrixRow').implement({
  description: 'A row of the matrix with one cell per column.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable identifier, e.g. "snat" or "warm-prefix-target".' }),
    section: t.field({ type: MatrixSectionEnum, description: 'The part of the matrix the row belongs to.', resolve: (r) => r.section }),
    label: t.exposeString('label', { description: 'The row heading, verbatim.' }),
    useCase: t.field({ type: UseCaseEnum, nullable: true, description: 'The use case whose verdict the row gives, if any.', resolve: (r) => r.useCase }),
    capability: t.field({ type: CapabilityEnum, nullable: true, description: 'The capability the row rates, if it is a capability row.', resolve: (r) => r.capability }),
    setting: t.exposeString('setting', { nullable: true, description: 'The aws-node setting the row is about, if it is a settings row.' }),
    cells: t.field({ type: [MatrixCellRef], description: 'One cell per column, in column order.', resolve: (r) => [...r.cells] }),
  }),
});

interface MatrixView {
  columns: readonly MatrixColumn[];
  rows: readonly MatrixRow[];
}

const MatrixRef = builder.objectRef<MatrixView>('Matrix').implement({
  description: 'The whole table of the source document, rows and columns in its order, for portals to render.',
  fields: (t) => ({
    title: t.string({ description: 'Title of the source document.', resolve: (_m, _a, ctx) => ctx.knowledge.sourceDocument.title }),
    scope: t.field({ type: NoteRef, description: 'The statement that limits the table to Linux IPv4 nodes.', resolve: (_m, _a, ctx) => statements(ctx.knowledge, 'SCOPE')[0]! }),
    columns: t.field({ type: [MatrixColumnRef], description: 'The columns, left to right.', resolve: (m) => [...m.columns] }),
    rows: t.field({ type: [MatrixRowRef], description: 'The rows, top to bottom.', resolve: (m) => [...m.rows] }),
    notes: t.field({ type: [NoteRef], description: 'The notes under the table.', resolve: (_m, _a, ctx) => [...statements(ctx.knowledge, 'MATRIX_NOTE')] }),
    source: t.field({ type: SourceDocumentRef, description: 'The source document.', resolve: (_m, _a, ctx) => ctx.knowledge.sourceDocument }),
  }),
});

builder.queryField('matrix', (t) =>
  t.field({
    type: MatrixRef,
    description: 'The compatibility matrix of "Choosing Pod networking use cases", every cell with its source.',
    resolve: (_root, _args, ctx) => ctx.knowledge.matrix,
  }),
);
