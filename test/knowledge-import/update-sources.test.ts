// What an import does to seed/sources.json: each upstream document lists the files read with their revisions; a
// document's own revision (its curated facts') changes only from an abbreviation to the same commit in full.
import { describe, expect, it } from 'vitest';
import { updateSources, type SourcesFile } from '../../src/knowledge-import/update-sources.js';

const A = '55c37cd5eb550756c5ccc5a89e9068d77797e575';
const B = '81fec2e895854f599974fe4d3d72f61c0a9aaffa';
const PATH = 'cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go';

const sources = (revision: string | null, extra: object = {}): SourcesFile => ({
  comment: 'kept',
  documents: [
    { id: 'page', kind: 'SOURCE_DOCUMENT', location: 'seed/source-document.txt', revision: null },
    { id: 'cluster-autoscaler', kind: 'UPSTREAM_REPOSITORY', location: 'kubernetes/autoscaler', revision, ...extra },
  ],
});

describe('updateSources', () => {
  it('records each file read, and writes an abbreviated revision of the same commit in full', () => {
    const { file, changes, notes } = updateSources(sources('55c37cd5', { title: 'kept too' }), [{ repository: 'kubernetes/autoscaler', path: PATH, revision: A }], 'sources.json');
    expect(file.comment).toBe('kept');
    expect(file.documents[0]).toEqual(sources(null).documents[0]);
    expect(file.documents[1]).toEqual({ id: 'cluster-autoscaler', kind: 'UPSTREAM_REPOSITORY', location: 'kubernetes/autoscaler', title: 'kept too', revision: A, files: [{ path: PATH, revision: A }] });
    expect(changes).toEqual([
      { document: 'cluster-autoscaler', path: PATH, from: null, to: A },
      { document: 'cluster-autoscaler', path: null, from: '55c37cd5', to: A },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps the curated revision when the files were read at another commit, and says so', () => {
    const { file, changes, notes } = updateSources(sources(A, { files: [{ path: PATH, revision: A }] }), [{ repository: 'kubernetes/autoscaler', path: PATH, revision: B }], 'sources.json');
    expect(file.documents[1]).toMatchObject({ revision: A, files: [{ path: PATH, revision: B }] });
    expect(changes).toEqual([{ document: 'cluster-autoscaler', path: PATH, from: A, to: B }]);
    expect(notes).toEqual([`cluster-autoscaler: the document's own revision stays ${A} (the one its curated facts were read at); data imported from ${PATH} cites 81fec2e8.`]);
  });

  it('keeps a recorded revision of a cited file the upstream folder no longer has', () => {
    const { file, notes } = updateSources(sources(null, { files: [{ path: 'calc.sh', revision: A }] }), [{ repository: 'kubernetes/autoscaler', path: 'calc.sh', revision: null }], 'sources.json');
    expect(file.documents[1]!.files).toEqual([{ path: 'calc.sh', revision: A }]);
    expect(notes[0]).toBe(`cluster-autoscaler: calc.sh is not in the upstream folder; its recorded revision ${A} stays.`);
  });

  it('records the files in the first document of a repository only', () => {
    const file = sources(null);
    file.documents.push({ id: 'autoscaler-docs', kind: 'UPSTREAM_REPOSITORY', location: 'kubernetes/autoscaler', revision: null });
    const updated = updateSources(file, [{ repository: 'kubernetes/autoscaler', path: PATH, revision: A }], 'sources.json').file;
    expect(updated.documents.map((d) => d.files ?? null)).toEqual([null, [{ path: PATH, revision: A }], null]);
  });

  it('stops when no document names the repository', () => {
    expect(() => updateSources(sources(null), [{ repository: 'aws/karpenter-provider-aws', path: 'x.go', revision: A }], 'seed/sources.json')).toThrow(
      'seed/sources.json: no document has the location aws/karpenter-provider-aws',
    );
  });
});
