// seed/sources.json after an import: each upstream document lists the files the import read from its repository
// (`files`: path and revision). The document's own `revision` is the one its curated facts were read at, so it
// changes only where it was an abbreviation of the same commit; where the files were read at another revision the
// report says so, and citations of imported data use the file's revision (src/knowledge/load-knowledge.ts).
import { ImportError } from './import-error.js';
import type { UpstreamRead } from './read-upstream.js';

export interface SourceFile {
  path: string;
  revision: string;
}

export interface SourceDocumentRecord {
  id: string;
  location: string;
  revision: string | null;
  files?: SourceFile[];
  [field: string]: unknown;
}

export interface SourcesFile {
  documents: SourceDocumentRecord[];
  [field: string]: unknown;
}

export interface SourceChange {
  document: string;
  /** null: the document's own revision. */
  path: string | null;
  from: string | null;
  to: string;
}

export function updateSources(file: SourcesFile, read: readonly UpstreamRead[], sourcesName: string): { file: SourcesFile; changes: SourceChange[]; notes: string[] } {
  const changes: SourceChange[] = [];
  const notes: string[] = [];
  for (const repository of new Set(read.map((f) => f.repository))) {
    if (!file.documents.some((d) => d.location === repository)) throw new ImportError(sourcesName, null, `no document has the location ${repository}`);
  }
  // Where several documents name one repository (a curated document for another part of it), the first records the files.
  const documents = file.documents.map((d, index) => {
    const first = file.documents.findIndex((other) => other.location === d.location) === index;
    const ours = first ? read.filter((f) => f.repository === d.location) : [];
    if (ours.length === 0) return d;
    const files = [...(d.files ?? [])];
    for (const f of ours) {
      const i = files.findIndex((x) => x.path === f.path);
      const before = i < 0 ? null : files[i]!.revision;
      if (f.revision === null) {
        notes.push(`${d.id}: ${f.path} is not in the upstream folder; ${before === null ? 'no revision is recorded for it' : `its recorded revision ${before} stays`}.`);
        continue;
      }
      if (before === f.revision) continue;
      changes.push({ document: d.id, path: f.path, from: before, to: f.revision });
      if (i < 0) files.push({ path: f.path, revision: f.revision });
      else files[i] = { path: f.path, revision: f.revision };
    }
    const revisions = [...new Set(files.map((f) => f.revision))];
    let revision = d.revision;
    if (revisions.length === 1 && revision !== null && revision !== revisions[0] && revisions[0]!.startsWith(revision)) {
      changes.push({ document: d.id, path: null, from: revision, to: revisions[0]! });
      revision = revisions[0]!;
    } else if (revisions.some((r) => r !== revision)) {
      notes.push(
        `${d.id}: the document's own revision stays ${revision ?? 'unrecorded'} (the one its curated facts were read at); ` +
          `data imported from ${files.filter((f) => f.revision !== revision).map((f) => `${f.path} cites ${f.revision.slice(0, 8)}`).join(', ')}.`,
      );
    }
    return { ...d, revision, files };
  });
  return { file: { ...file, documents }, changes, notes };
}
