// seed/cni-settings.json after an import: the fields the VPC CNI README states (readmeType, default, introducedIn,
// deprecatedIn, documentedInReadme) are taken from it; every hand-curated field stays. A setting the README no longer
// describes stays (aws-node may still read it) with documentedInReadme false; a setting it newly describes enters with
// what the README gives and `awaitingCuration: true`.
import type { ReadmeSetting } from './vpc-cni-readme.js';

/** One setting as the file holds it; fields this module does not know are carried over untouched. */
export interface SettingRecord {
  name: string;
  readmeType: string | null;
  default: string | null;
  introducedIn: string | null;
  deprecatedIn: string | null;
  documentedInReadme: boolean;
  [field: string]: unknown;
}

export interface SettingsFile {
  settings: SettingRecord[];
  [field: string]: unknown;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface SettingChanges {
  added: { name: string; line: number; readmeType: string; default: string | null; introducedIn: string | null }[];
  dropped: { name: string }[];
  changed: { name: string; fields: FieldChange[] }[];
  /** Curated values kept because the README no longer states them. */
  kept: { name: string; field: string; value: string; why: string }[];
}

const README_FIELDS = ['readmeType', 'default', 'introducedIn', 'deprecatedIn', 'documentedInReadme'] as const;
const README_SOURCE = 'README.md#cni-configuration-variables';

// The curated `type` a README type is written as, for a setting that awaits curation.
const TYPES: Record<string, string> = { 'Boolean as a String': 'bool', 'Integer as a String': 'int', Integer: 'int', String: 'string' };

function newSetting(r: ReadmeSetting, readmeRevision: string): SettingRecord {
  return {
    name: r.name,
    type: TYPES[r.readmeType] ?? 'string',
    readmeType: r.readmeType,
    default: r.default,
    codeDefault: null,
    manifestValue: null,
    introducedIn: r.introducedIn,
    deprecatedIn: r.deprecatedIn,
    validValues: null,
    containers: ['aws-node'],
    component: 'awaiting curation',
    appliesTo: ['all'],
    conflictsWith: [],
    summary: r.firstSentence || `Described in the VPC CNI README (line ${r.line}).`,
    notes:
      `Entered by the knowledge import from the VPC CNI README (README.md line ${r.line} at ${readmeRevision}) and awaiting curation: ` +
      'its type is read from the README, where it applies ("all") is a placeholder, and its code default, shipped value and valid values are not yet read.',
    documentedInReadme: true,
    source: README_SOURCE,
    awaitingCuration: true,
  };
}

export function mergeCniSettings(file: SettingsFile, readme: readonly ReadmeSetting[], readmeRevision: string): { file: SettingsFile; changes: SettingChanges } {
  const byName = new Map(readme.map((r) => [r.name, r]));
  const changes: SettingChanges = { added: [], dropped: [], changed: [], kept: [] };
  const settings = file.settings.map((s): SettingRecord => {
    const r = byName.get(s.name);
    let next: SettingRecord;
    if (r) {
      next = { ...s, readmeType: r.readmeType, default: r.default, introducedIn: r.introducedIn, deprecatedIn: r.deprecatedIn, documentedInReadme: true };
      for (const field of ['introducedIn', 'deprecatedIn'] as const) {
        if (r[field] === null && s[field] !== null) {
          next[field] = s[field];
          changes.kept.push({ name: s.name, field, value: s[field]!, why: 'the README no longer gives this version' });
        }
      }
    } else if (s.documentedInReadme) {
      next = { ...s, readmeType: null, default: null, documentedInReadme: false };
      changes.dropped.push({ name: s.name });
    } else {
      return s;
    }
    const fields = README_FIELDS.filter((f) => next[f] !== s[f]).map((f) => ({ field: f, from: s[f], to: next[f] }));
    if (fields.length > 0 && r) changes.changed.push({ name: s.name, fields });
    return next;
  });
  const known = new Set(file.settings.map((s) => s.name));
  for (const r of readme) {
    if (known.has(r.name)) continue;
    settings.push(newSetting(r, readmeRevision));
    changes.added.push({ name: r.name, line: r.line, readmeType: r.readmeType, default: r.default, introducedIn: r.introducedIn });
  }
  return { file: { ...file, settings }, changes };
}
