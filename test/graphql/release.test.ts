// `about.release`: which knowledge release answers, with the upstream files and revisions it was imported from and
// its release notes, as seed/CHANGELOG.md and seed/sources.json hold them; answers cite those revisions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/db/paths.js';
import { graphql } from '../support/yoga.js';

interface SourcesFile {
  documents: { location: string; files?: { path: string; revision: string }[] }[];
}

const changelog = readFileSync(join(SEED_DIR, 'CHANGELOG.md'), 'utf8');
const sources = JSON.parse(readFileSync(join(SEED_DIR, 'sources.json'), 'utf8')) as SourcesFile;
const imported = sources.documents.flatMap((d) => (d.files ?? []).map((f) => ({ repository: d.location, ...f })));

describe('about.release', () => {
  it('is the last entry of the release notes, with every upstream file the import read', async () => {
    const { data, errors } = await graphql('{ about { release { date notes upstream { repository path revision url } } } }');
    expect(errors).toBeUndefined();
    const lastEntry = changelog.slice(changelog.lastIndexOf('\n## ') + 1).trimEnd();
    expect(data.about.release.notes).toBe(lastEntry);
    expect(lastEntry.startsWith(`## ${data.about.release.date}`)).toBe(true);
    expect(data.about.release.upstream.map(({ url: _url, ...f }: { url: string }) => f)).toEqual(imported);
    expect(imported.length).toBeGreaterThanOrEqual(6);
    const readme = data.about.release.upstream.find((f: { path: string }) => f.path === 'README.md');
    expect(readme.url).toBe(`https://github.com/aws/amazon-vpc-cni-k8s/blob/${readme.revision}/README.md`);
  });

  it('answers f1 and p3 types with a recommended max Pods, citing the autoscaler at the revision imported', async () => {
    const { data, errors } = await graphql(
      '{ podDensity(instanceType: "p3.8xlarge", mode: INDIVIDUAL_IPS) { maxPods recommendedMaxPods sources { ref location revision } } }',
    );
    expect(errors).toBeUndefined();
    // 8 interfaces of 30 addresses: 8 × 29 + 2 = 234, under the cap of 250 for its 32 vCPUs.
    expect(data.podDensity).toMatchObject({ maxPods: 234, recommendedMaxPods: 234 });
    const autoscaler = imported.find((f) => f.repository === 'kubernetes/autoscaler')!;
    expect(data.podDensity.sources).toContainEqual({
      ref: 'instance-type:p3.8xlarge/vcpus',
      location: `kubernetes/autoscaler: ${autoscaler.path}`,
      revision: autoscaler.revision,
    });
  });
});
