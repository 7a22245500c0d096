import type { Knowledge, UpstreamFileRevision } from '../knowledge/types.js';
import { builder } from './builder.js';

const UpstreamFileRef = builder.objectRef<UpstreamFileRevision>('UpstreamFile').implement({
  description: 'An upstream file the knowledge import read, at the revision it read it at.',
  fields: (t) => ({
    repository: t.exposeString('repository', { description: 'The repository, as "owner/name" on GitHub.' }),
    path: t.exposeString('path', { description: 'The file’s path in the repository.' }),
    revision: t.exposeString('revision', { description: 'The commit the file was read at.' }),
    url: t.string({
      description: 'The file at that commit on GitHub.',
      resolve: (f) => `https://github.com/${f.repository}/blob/${f.revision}/${f.path}`,
    }),
  }),
});

/** The latest release together with the files it was imported from; null before the first import. */
interface ReleaseView {
  date: string;
  notes: string;
  upstream: readonly UpstreamFileRevision[];
}

export const ReleaseRef = builder.objectRef<ReleaseView>('KnowledgeRelease').implement({
  description: 'The latest release of the knowledge: the last `npm run knowledge:import` that changed it (seed/CHANGELOG.md).',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The day of the import (YYYY-MM-DD, UTC).' }),
    upstream: t.field({
      type: [UpstreamFileRef],
      description: 'Every upstream file the import read, with its repository, path and revision.',
      resolve: (r) => [...r.upstream],
    }),
    notes: t.exposeString('notes', { description: 'The release notes (Markdown): revisions, counts, every change and every disagreement between sources.' }),
  }),
});

export function releaseField(k: Knowledge): ReleaseView | null {
  return k.release && { ...k.release, upstream: k.upstreamFiles };
}
