// The knowledge import end to end, on temporary copies of the upstream files and of seed/: it reproduces the
// committed seed, brings back what the hand copy missed, reports exactly what a changed upstream changes, and the
// service built from its result answers accordingly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../src/db/build-database.js';
import { computeDataVersion } from '../../src/db/data-version.js';
import { openReadOnly } from '../../src/db/open-database.js';
import { readSeed } from '../../src/db/seed-files.js';
import { runImport } from '../../src/knowledge-import/run-import.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { createTestYoga } from '../support/yoga.js';
import { edit, removeCopies, seedCopy, snapshot, temporaryFolder, upstreamCopy } from '../support/upstream.js';

afterEach(removeCopies);

const CNI_LIMITS = 'aws/amazon-vpc-cni-k8s/pkg/vpc/vpc_ip_resource_limit.go';
const CNI_README = 'aws/amazon-vpc-cni-k8s/README.md';
const SIX = ['f1.16xlarge', 'f1.2xlarge', 'f1.4xlarge', 'p3.16xlarge', 'p3.2xlarge', 'p3.8xlarge'];

/** An entry of the VPC CNI limits table, `name` to the closing brace, as the file writes it. */
function cniEntry(text: string, name: string): string {
  const start = text.indexOf(`\t"${name}": {\n`);
  return text.slice(start, text.indexOf('\n\t},\n', start) + '\n\t},\n'.length);
}

describe('knowledge import', () => {
  it('reproduces the committed seed from the upstream files: nothing to write', () => {
    const seed = seedCopy();
    const before = snapshot(seed);
    const { report, written } = runImport({ from: upstreamCopy(), seedDir: seed, check: false, date: '2030-01-01' });
    expect(report.seedMatches).toBe(true);
    expect(written).toEqual([]);
    expect(snapshot(seed)).toEqual(before);
  });

  it('brings back the vCPUs of f1.* and p3.*, which the hand copy left out', () => {
    const seed = seedCopy();
    edit(seed, 'instance-types.csv', (csv) => csv.replace(/^((?:f1|p3)\.\d+xlarge),\d+,/gm, '$1,,'));
    const { report } = runImport({ from: upstreamCopy(), seedDir: seed, check: false, date: '2030-01-01' });
    expect(report.instanceTypes.changed.map((c) => [c.name, c.fields.map((f) => f.field)])).toEqual(SIX.map((name) => [name, ['vcpus']]));
    const f1 = report.instanceTypes.changed.find((c) => c.name === 'f1.2xlarge')!;
    expect(f1.fields[0]).toEqual({ field: 'vcpus', from: '', to: '8' });
    expect([f1.before.recommendedMaxPods, f1.after.recommendedMaxPods]).toEqual([null, 58]);
    const vcpus = new Map(readSeed(seed).instanceTypes.map((t) => [t.instanceType, t.vcpus]));
    expect(SIX.map((t) => vcpus.get(t))).toEqual([64, 8, 16, 64, 8, 32]);
  });

  describe('from upstream files with one type added, one changed, one removed and a setting added', () => {
    function changedUpstream(): string {
      const from = upstreamCopy();
      edit(from, CNI_LIMITS, (go) => {
        const added = cniEntry(go, 'm5.large').replace('"m5.large"', '"m5.example"') 
          .replace('ENILimit:                3,', 'ENILimit:                5,')
          .replace('MaximumNetworkInterfaces: 3,', 'MaximumNetworkInterfaces: 5,');
        const changed = cniEntry(go, 'm5.large').replace('IPv4Limit:               10,', 'IPv4Limit:               12,');
        return go.replace(cniEntry(go, 'm5.large'), changed + added).replace(cniEntry(go, 'a1.medium'), '');
      });
      edit(from, CNI_README, (md) =>
        md.replace('## Annotations', '#### `ENABLE_EXAMPLE_FEATURE` (v1.24.0+)\n\nType: Boolean as a String\n\nDefault: `false`\n\nSpecifies whether the example feature is on. It is off by default.\n\n## Annotations'),
      );
      return from;
    }

    it('reports exactly those changes, with the max Pods each moves, and the disagreements the change makes', () => {
      const seed = seedCopy();
      const { report, written } = runImport({ from: changedUpstream(), seedDir: seed, check: false, date: '2030-01-02' });
      const t = report.instanceTypes;
      expect(t.added).toEqual([{ name: 'm5.example', maxPods: 47, maxPodsWithPrefixes: 722, recommendedMaxPods: null }]);
      expect(t.removed.map((r) => r.name)).toEqual(['a1.medium']);
      expect(t.changed).toEqual([
        {
          name: 'm5.large',
          fields: [{ field: 'ipv4PerEni', from: '10', to: '12' }],
          before: { maxPods: 29, maxPodsWithPrefixes: 434, recommendedMaxPods: 29 },
          after: { maxPods: 35, maxPodsWithPrefixes: 530, recommendedMaxPods: 35 },
        },
      ]);
      expect(report.settings.added.map((s) => [s.name, s.readmeType, s.default, s.introducedIn])).toEqual([['ENABLE_EXAMPLE_FEATURE', 'Boolean as a String', 'false', 'v1.24.0']]);
      expect([report.settings.dropped, report.settings.changed]).toEqual([[], []]);
      // The other sources still say 10 addresses per interface for m5.large: each disagreement is reported, none resolved.
      expect(report.disagreements.map((d) => [d.instanceType, d.about, d.values.map((v) => v.value)])).toEqual([
        ['m5.large', 'max Pods with individual IPs', ['35', '29']],
        ['m5.large', 'IPv4 addresses per interface', ['12', '10']],
        ['m5.large', 'IPv4 addresses per interface', ['12', '10']],
      ]);
      expect(report.disagreements.flatMap((d) => d.values.map((v) => v.file))).toEqual([
        CNI_LIMITS, 'aws/amazon-vpc-cni-k8s/misc/eni-max-pods.txt',
        CNI_LIMITS, 'awslabs/amazon-eks-ami/nodeadm/internal/kubelet/instance-info.jsonl',
        CNI_LIMITS, 'aws/amazon-vpc-resource-controller-k8s/pkg/aws/vpc/limits.go',
      ]);
      expect(written.sort()).toEqual(['CHANGELOG.md', 'cni-settings.json', 'instance-types.csv']);

      const setting = readSeed(seed).settings.settings.find((s) => s.name === 'ENABLE_EXAMPLE_FEATURE')!;
      expect(setting).toMatchObject({ type: 'bool', default: 'false', introducedIn: 'v1.24.0', documentedInReadme: true, awaitingCuration: true, summary: 'Specifies whether the example feature is on.' });
      const changelog = readFileSync(join(seed, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toMatch(/\n## 2030-01-02: knowledge import\n\n1391 instance types \(1 added, 1 removed, 1 changed\), 60 settings \(1 added/);
      expect(changelog).toContain('- m5.large: ipv4PerEni 10 → 12; max Pods 29 → 35');

      // Imported again from the same files, the seed matches.
      expect(runImport({ from: changedUpstream(), seedDir: seed, check: true, date: '2030-01-03' }).report.seedMatches).toBe(true);
    });

    it('gives a service that answers from the new data, and says which release it is', async () => {
      const seed = seedCopy();
      const from = changedUpstream();
      const before = computeDataVersion(seed);
      runImport({ from, seedDir: seed, check: false, date: '2030-01-02' });
      const dataVersion = computeDataVersion(seed);
      expect(dataVersion).not.toBe(before);
      const path = join(temporaryFolder('podnet-db-'), 'podnet.sqlite');
      buildDatabase(path, dataVersion, seed);
      // Opened as built: openDatabase would rebuild it from seed/, whose data version differs.
      const sqlite = openReadOnly(path, dataVersion);
      const { post } = createTestYoga({}, loadKnowledge(sqlite));
      sqlite.close();

      const { body } = await post({
        query: `{
          changed: podDensity(instanceType: "m5.large", mode: INDIVIDUAL_IPS) { maxPods sources { ref revision } }
          added: podDensity(instanceType: "m5.example", mode: INDIVIDUAL_IPS) { maxPods }
          removed: instanceType(name: "a1.medium") { name }
          setting: cniSetting(name: "ENABLE_EXAMPLE_FEATURE") { name readmeDefault notes }
          about { dataVersion release { date notes upstream { repository path revision } } }
        }`,
      });
      expect(body.errors).toBeUndefined();
      const d = body.data;
      expect(d.changed.maxPods).toBe(35);
      const revisions = readFileSync(join(from, 'REVISIONS.tsv'), 'utf8');
      const cniRevision = /^aws\/amazon-vpc-cni-k8s\t(\w+)\tpkg\/vpc\/vpc_ip_resource_limit\.go$/m.exec(revisions)![1];
      expect(d.changed.sources).toContainEqual({ ref: 'instance-type:m5.large/network', revision: cniRevision });
      expect(d.added.maxPods).toBe(47);
      expect(d.removed).toBeNull();
      expect(d.setting).toMatchObject({ name: 'ENABLE_EXAMPLE_FEATURE', readmeDefault: 'false', notes: expect.stringMatching(/awaiting curation/) });
      expect(d.about.dataVersion).toBe(dataVersion);
      expect(d.about.release.date).toBe('2030-01-02');
      expect(d.about.release.notes).toMatch(/^## 2030-01-02: knowledge import/);
      expect(d.about.release.upstream).toContainEqual({ repository: 'aws/amazon-vpc-cni-k8s', path: 'pkg/vpc/vpc_ip_resource_limit.go', revision: cniRevision });
    });
  });
});
