// The revision to cite for a fact read from one file of an upstream repository: the revision the knowledge import
// read that file at when it did (instance limits, README-derived settings), else the document's own revision, the
// one its curated facts were read at.
import type { SourceDocument, UpstreamFileRevision } from './types.js';

export function revisionOfFile(files: readonly UpstreamFileRevision[], document: SourceDocument, path: string): string | null {
  return files.find((f) => f.repository === document.location && f.path === path)?.revision ?? document.revision;
}
