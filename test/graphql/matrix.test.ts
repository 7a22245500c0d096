import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { graphql } from '../support/yoga.js';

const sourceLines = readFileSync(join(PROJECT_ROOT, 'seed', 'source-document.txt'), 'utf8').split(/\r?\n/);

describe('matrix over GraphQL', () => {
  it('returns every column, row and cell in the source order, each cell citing a line that holds its text', async () => {
    const { data, errors } = await graphql(`{
      matrix {
        title
        scope { text }
        columns { mode nodeTypeHeader header }
        rows { id section label useCase capability setting cells { mode text value support detail source { location quote } } }
        notes { number text }
        source { title location }
      }
    }`);
    expect(errors).toBeUndefined();
    const m = data.matrix;
    expect(m.scope.text).toBe('All information in the table applies to Linux IPv4 nodes only.');
    expect(m.columns.map((c: any) => c.nodeTypeHeader)).toEqual(['Amazon EC2', 'Amazon EC2', 'Amazon EC2', 'Fargate']);
    expect(m.rows.map((r: any) => r.section)).toEqual([
      'USE_CASE', 'USE_CASE', 'CAPABILITY', 'CAPABILITY', 'CAPABILITY', 'CAPABILITY', 'CAPABILITY', 'SETTING', 'SETTING', 'SETTING', 'SETTING',
    ]);
    let cells = 0;
    for (const row of m.rows) {
      expect(row.cells.map((c: any) => c.mode)).toEqual(['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS', 'FARGATE']);
      for (const cell of row.cells) {
        cells++;
        const line = Number(/line (\d+)/.exec(cell.source.location)![1]);
        // The cited line holds the cell's first paragraph (a cell may span paragraphs, as "Compatible ... 1.14.0").
        expect(sourceLines[line - 1]).toContain(cell.text.split('\n')[0]);
      }
    }
    expect(cells).toBe(44);
    expect(m.notes).toHaveLength(5);
  });
});

describe('notes over GraphQL', () => {
  it('lists the scope statement, the notes and the Windows section, each with where it stands', async () => {
    const { data } = await graphql('{ notes { id section number text source { location } } }');
    expect(data.notes.map((n: any) => n.section)).toEqual([
      'SCOPE', 'MATRIX_NOTE', 'MATRIX_NOTE', 'MATRIX_NOTE', 'MATRIX_NOTE', 'MATRIX_NOTE',
      'WINDOWS', 'WINDOWS', 'WINDOWS', 'WINDOWS', 'WINDOWS', 'WINDOWS',
    ]);
    for (const note of data.notes) {
      const line = Number(/line (\d+)/.exec(note.source.location)![1]);
      expect(sourceLines[line - 1]).toContain(note.text.split(' For more information')[0]);
    }
  });

  it('filters by section', async () => {
    const { data } = await graphql('{ notes(section: WINDOWS) { text } }');
    expect(data.notes.map((n: any) => n.text)).toContain('Calico network policies are supported on Windows.');
    expect(data.notes).toHaveLength(6);
  });
});

describe('modes and settingsFor over GraphQL', () => {
  it('describes each mode with its capabilities and requirements', async () => {
    const { data } = await graphql(`{
      modes(nodeType: EC2_LINUX) { mode title securityGroupScope { value } subnetTypes { value } podDensity { value } podLaunchTime { value }
        requirements { setting value } useCases { useCase support } }
    }`);
    expect(data.modes.map((m: any) => [m.mode, m.securityGroupScope.value, m.subnetTypes.value, m.podDensity.value, m.podLaunchTime.value])).toEqual([
      ['INDIVIDUAL_IPS', 'Node', 'Private and public', 'Medium', 'Better'],
      ['IP_PREFIXES', 'Node', 'Private and public', 'High', 'Best'],
      ['SECURITY_GROUPS_FOR_PODS', 'Pod', 'Private only', 'Low', 'Good'],
    ]);
    expect(data.modes[1].requirements).toContainEqual({ setting: 'ENABLE_PREFIX_DELEGATION', value: 'true' });
    expect(data.modes[0].useCases).toHaveLength(7);
  });

  it('lists every mode of every node type without a filter', async () => {
    const { data } = await graphql('{ modes { nodeType mode } }');
    // EC2 Linux 3, Windows 2, Fargate 1, EKS Auto Mode 2, hybrid nodes 2.
    expect(data.modes).toHaveLength(10);
    expect(data.modes.filter((m: any) => m.nodeType === 'EKS_AUTO_MODE').map((m: any) => m.mode)).toEqual(['AUTO_MODE_PREFIXES', 'AUTO_MODE_SECONDARY_IPS']);
  });

  it('gives the matrix settings rows for a mode', async () => {
    const { data } = await graphql('{ settingsFor(mode: IP_PREFIXES) { name applicable text detail source { location } } }');
    expect(data.settingsFor.map((s: any) => [s.name, s.applicable])).toEqual([
      ['WARM_ENI_TARGET', false],
      ['WARM_IP_TARGET', true],
      ['MINIMUM_IP_TARGET', true],
      ['WARM_PREFIX_TARGET', true],
    ]);
  });

  it('tells what the knowledge was built from', async () => {
    const { data } = await graphql('{ about { dataVersion vpcCniRevision vpcCniLatestVersion sources { id revision } } }');
    expect(data.about.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(data.about.vpcCniLatestVersion).toBe('1.23.0');
    expect(data.about.sources.map((s: any) => s.id)).toContain('vpc-cni');
  });
});
