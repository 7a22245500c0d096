// Works out everything an import would do without writing: the new instance-types.csv, cni-settings.json and
// sources.json, and the change report against what seed/ holds now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { crossCheck, type CoverageGap, type Disagreement } from './cross-check.js';
import { ImportError } from './import-error.js';
import { instanceTypeChanges, type InstanceTypeChanges } from './instance-type-changes.js';
import { buildInstanceTypeRows, instanceTypesCsv, readInstanceTypesCsv } from './instance-type-rows.js';
import { mergeCniSettings, type SettingChanges, type SettingsFile } from './merge-cni-settings.js';
import { readUpstream, type UpstreamRead } from './read-upstream.js';
import { sourcesJsonText } from './sources-json-text.js';
import { updateSources, type SourceChange, type SourcesFile } from './update-sources.js';

export interface ChangeReport {
  from: string;
  /** True when seed/ already holds what the upstream files give: nothing to write. */
  seedMatches: boolean;
  upstream: UpstreamRead[];
  instanceTypes: InstanceTypeChanges;
  settings: SettingChanges & { count: number; previousCount: number };
  sources: { changes: SourceChange[]; notes: string[] };
  disagreements: Disagreement[];
  coverage: CoverageGap[];
}

export interface ImportPlan {
  report: ChangeReport;
  /** The seed files whose data changes, with their new text. */
  files: { name: string; text: string }[];
}

const SEED_FILES = { instanceTypes: 'instance-types.csv', settings: 'cni-settings.json', sources: 'sources.json' } as const;

function readSeedFile(seedDir: string, name: string): string {
  try {
    return readFileSync(join(seedDir, name), 'utf8');
  } catch (error) {
    throw new ImportError(join(seedDir, name), null, `cannot read the seed file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readSeedJson<T>(seedDir: string, name: string): T {
  try {
    return JSON.parse(readSeedFile(seedDir, name)) as T;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(join(seedDir, name), null, `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function planImport(from: string, seedDir: string): ImportPlan {
  const u = readUpstream(from);
  const { disagreements, coverage } = crossCheck(u);

  const oldRows = readInstanceTypesCsv(readSeedFile(seedDir, SEED_FILES.instanceTypes));
  const rows = buildInstanceTypeRows(u.vpcCniLimits, u.resourceControllerLimits, u.autoscalerInstanceTypes);

  const oldSettings = readSeedJson<SettingsFile>(seedDir, SEED_FILES.settings);
  const settings = mergeCniSettings(oldSettings, u.vpcCniReadme, u.files.vpcCniReadme.revision!);

  const oldSources = readSeedJson<SourcesFile>(seedDir, SEED_FILES.sources);
  const sources = updateSources(oldSources, Object.values(u.files), join(seedDir, SEED_FILES.sources));

  const files = [
    ...(isDeepStrictEqual(rows, oldRows) ? [] : [{ name: SEED_FILES.instanceTypes, text: instanceTypesCsv(rows) }]),
    // cni-settings.json is one-space JSON without a final newline, as it has always been written.
    ...(isDeepStrictEqual(settings.file, oldSettings) ? [] : [{ name: SEED_FILES.settings, text: JSON.stringify(settings.file, null, 1) }]),
    ...(isDeepStrictEqual(sources.file, oldSources) ? [] : [{ name: SEED_FILES.sources, text: sourcesJsonText(sources.file) }]),
  ];
  return {
    files,
    report: {
      from,
      seedMatches: files.length === 0,
      upstream: Object.values(u.files),
      instanceTypes: instanceTypeChanges(oldRows, rows),
      settings: { ...settings.changes, count: settings.file.settings.length, previousCount: oldSettings.settings.length },
      sources: { changes: sources.changes, notes: sources.notes },
      disagreements,
      coverage,
    },
  };
}
