import type { Statement } from '../knowledge/types.js';
import { statements } from '../rules/statements.js';
import { builder } from './builder.js';
import { NodeTypeEnum, NoteSectionEnum, UseCaseEnum } from './enums.js';
import { SourceRef } from './source.js';

export const NoteRef = builder.objectRef<Statement>('Note').implement({
  description: 'A statement of the source document outside the table cells: the scope statement, a note under the matrix, or a statement of the Windows section.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable identifier, e.g. "note-3" or "windows-5".' }),
    section: t.field({ type: NoteSectionEnum, description: 'Where the statement stands.', resolve: (s) => s.section }),
    number: t.exposeInt('number', { description: 'Its position within its section, from 1 (note 1 to note 5).' }),
    text: t.exposeString('text', { description: 'The statement, verbatim.' }),
    nodeTypes: t.field({ type: [NodeTypeEnum], description: 'The node types it concerns; empty when it concerns every node type.', resolve: (s) => [...s.nodeTypes] }),
    useCases: t.field({ type: [UseCaseEnum], description: 'The use cases it bears on; empty when it qualifies every answer for its node types.', resolve: (s) => [...s.useCases] }),
    source: t.field({ type: SourceRef, description: 'Where it stands in the source document.', resolve: (s) => s.source }),
  }),
});

builder.queryField('notes', (t) =>
  t.field({
    type: [NoteRef],
    description: 'The source document’s scope statement, the notes under its matrix and the statements of its Windows section, in document order.',
    args: { section: t.arg({ type: NoteSectionEnum, description: 'Only the statements of this section.' }) },
    resolve: (_root, args, ctx) => [...statements(ctx.knowledge, args.section ?? undefined)],
  }),
);
