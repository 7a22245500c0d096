// Reads and validates everything under seed/. A typo, an unknown enum value or a reference to a fact that does
// not exist fails here, at build time, with the file and the path of the offending value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readRelease } from './release.js';
import {
  CAPABILITIES,
  MATRIX_SECTIONS,
  NODE_TYPES,
  POD_NETWORKING_MODES,
  SETTING_STATES,
  SETTING_TAGS,
  STATEMENT_SECTIONS,
  SUPPORT_LEVELS,
  USE_CASES,
  type SettingState,
} from '../domain/vocabulary.js';

const nodeType = z.enum(NODE_TYPES);
const mode = z.enum(POD_NETWORKING_MODES);
const useCase = z.enum(USE_CASES);
const support = z.enum(SUPPORT_LEVELS);
const version = z.string().regex(/^\d+\.\d+\.\d+$/);
const reference = z.string().regex(/^(statement|cell|fact|setting):\S+$/);

const sourcesFile = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['SOURCE_DOCUMENT', 'UPSTREAM_REPOSITORY']),
      title: z.string(),
      location: z.string(),
      url: z.string().url().nullable(),
      revision: z.string().nullable(),
      // The upstream files the knowledge import read from this repository, each at its revision.
      files: z.array(z.object({ path: z.string().min(1), revision: z.string().regex(/^[0-9a-f]{40}$/) })).default([]),
    }),
  ),
});

const cell = z.object({
  text: z.string().min(1),
  value: z.string().optional(),
  support: support.optional(),
  detail: z.string().min(1),
  line: z.number().int().positive().optional(),
  minCniVersion: version.optional(),
  requirements: z.array(z.string()).default([]),
});

const matrixFile = z.object({
  columns: z.array(z.object({ mode, nodeTypeHeader: z.string(), header: z.string(), line: z.number().int().positive() })),
  rows: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      section: z.enum(MATRIX_SECTIONS),
      line: z.number().int().positive(),
      label: z.string(),
      useCase: useCase.optional(),
      capability: z.enum(CAPABILITIES).optional(),
      setting: z.string().optional(),
      cells: z.record(mode, cell),
    }),
  ),
});

const statementsFile = z.object({
  statements: z.array(
    z.object({
      id: z.string(),
      section: z.enum(STATEMENT_SECTIONS),
      line: z.number().int().positive(),
      text: z.string().min(1),
      nodeTypes: z.array(nodeType),
      useCases: z.array(useCase),
    }),
  ),
});

const claimsFile = z.object({
  claims: z.array(
    z.object({
      useCase,
      nodeType,
      modes: z.array(mode).nullable(),
      support,
      detail: z.string().min(1),
      minCniVersion: version.optional(),
      requirements: z.array(z.string()).default([]),
      source: reference,
    }),
  ),
});

const conflictsFile = z.object({
  conflicts: z.array(
    z.object({
      id: z.string(),
      useCases: z.array(useCase).min(2),
      nodeTypes: z.array(nodeType),
      reason: z.string().min(1),
      sources: z.array(reference).min(1),
    }),
  ),
});

const nodeTypesFile = z.object({
  nodeTypes: z.array(
    z.object({ nodeType, label: z.string(), modes: z.array(mode).min(1), describedByMatrix: z.boolean(), sources: z.array(reference) }),
  ),
  capabilities: z.array(
    z.object({
      nodeType,
      mode,
      capability: z.enum(CAPABILITIES),
      value: z.string(),
      detail: z.string(),
      sources: z.array(reference).min(1),
    }),
  ),
  requirements: z.array(
    z.object({
      nodeType,
      mode,
      setting: z.string().optional(),
      value: z.string().optional(),
      minCniVersion: version.optional(),
      text: z.string().min(1),
      source: reference,
    }).refine((r) => (r.setting === undefined) === (r.value === undefined), { message: 'a requirement names a setting and its value together' }),
  ),
});

const upstream = z.object({ repository: z.string(), commit: z.string(), latestTag: z.string() });

const factsFile = z.object({
  upstream,
  facts: z.array(
    z.object({ topic: z.string(), key: z.string(), value: z.unknown(), source: z.string(), note: z.string().nullable() }),
  ),
});

const settingsFile = z.object({
  upstream,
  settings: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z0-9_]+$/),
      type: z.string(),
      readmeType: z.string().nullable(),
      default: z.string().nullable(),
      codeDefault: z.string().nullable(),
      manifestValue: z.string().nullable(),
      introducedIn: z.string().regex(/^v\d+\.\d+\.\d+$/).nullable(),
      deprecatedIn: z.string().regex(/^v\d+\.\d+\.\d+$/).nullable(),
      validValues: z.array(z.string()).nullable(),
      containers: z.array(z.string()),
      component: z.string(),
      appliesTo: z.array(z.enum(SETTING_TAGS)).min(1),
      conflictsWith: z.array(z.enum(SETTING_TAGS)),
      summary: z.string(),
      notes: z.string().nullable(),
      documentedInReadme: z.boolean(),
      source: z.string(),
      // Entered by the knowledge import from the README, not yet curated (see its notes).
      awaitingCuration: z.boolean().default(false),
    }),
  ),
});

const settingOverridesFile = z.object({
  overrides: z.array(
    z.object({
      setting: z.string(),
      whenAny: z.array(z.object({ setting: z.string(), state: z.enum(SETTING_STATES) })).min(1),
      reason: z.string().min(1),
      source: reference,
    }),
  ),
});

/** An instance type's name: family.size, lower case. */
export const INSTANCE_TYPE_NAME = /^[a-z0-9-]+\.[a-z0-9-]+$/;

export const INSTANCE_TYPE_COLUMNS = [
  'instanceType', 'vcpus', 'hypervisor', 'isBareMetal', 'networkCards', 'defaultNetworkCardIndex',
  'maxEnisDefaultCard', 'maxEnisPerCard', 'ipv4PerEni', 'trunkingCompatible', 'branchInterfaces',
] as const;

const count = z.coerce.number().int().nonnegative();
const optionalCount = z.string().transform((s, ctx) => {
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) ctx.addIssue({ code: 'custom', message: `not a count: ${s}` });
  return n;
});
const bool = z.enum(['true', 'false']).transform((s) => s === 'true');

const instanceTypeRow = z.object({
  instanceType: z.string().regex(INSTANCE_TYPE_NAME),
  vcpus: optionalCount,
  hypervisor: z.enum(['nitro', 'xen', 'unknown']),
  isBareMetal: bool,
  networkCards: count,
  defaultNetworkCardIndex: count,
  maxEnisDefaultCard: count,
  maxEnisPerCard: z.string().regex(/^\d+:\d+(;\d+:\d+)*$/),
  ipv4PerEni: count,
  trunkingCompatible: z.union([z.literal('').transform(() => null), bool]),
  branchInterfaces: optionalCount,
});

export type SeedData = ReturnType<typeof readSeed>;

function readJson<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!parsed.success) throw new Error(`seed/${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readInstanceTypes(dir: string) {
  const [header, ...lines] = readFileSync(join(dir, 'instance-types.csv'), 'utf8').trimEnd().split(/\r?\n/);
  if (header !== INSTANCE_TYPE_COLUMNS.join(',')) throw new Error('seed/instance-types.csv: unexpected header ' + header);
  return lines.map((line, i) => {
    const fields = line.split(',');
    const record = Object.fromEntries(INSTANCE_TYPE_COLUMNS.map((c, j) => [c, fields[j] ?? '']));
    const parsed = instanceTypeRow.safeParse(record);
    if (!parsed.success) throw new Error(`seed/instance-types.csv line ${i + 2} is invalid:\n${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

export function readSeed(dir: string) {
  const seed = {
    sources: readJson(dir, 'sources.json', sourcesFile).documents,
    matrix: readJson(dir, 'matrix.json', matrixFile),
    statements: readJson(dir, 'statements.json', statementsFile).statements,
    claims: readJson(dir, 'use-case-claims.json', claimsFile).claims,
    conflicts: readJson(dir, 'conflicts.json', conflictsFile).conflicts,
    nodeTypes: readJson(dir, 'node-types.json', nodeTypesFile),
    facts: readJson(dir, 'cni-facts.json', factsFile),
    settings: readJson(dir, 'cni-settings.json', settingsFile),
    settingOverrides: readJson(dir, 'setting-overrides.json', settingOverridesFile).overrides,
    instanceTypes: readInstanceTypes(dir),
    release: readRelease(dir),
  };
  checkReferences(seed);
  checkSettingOverrides(seed.settings, seed.settingOverrides);
  checkMatrixComplete(seed.matrix);
  return seed;
}

interface ReferencingFiles {
  matrix: z.infer<typeof matrixFile>;
  statements: z.infer<typeof statementsFile>['statements'];
  claims: z.infer<typeof claimsFile>['claims'];
  conflicts: z.infer<typeof conflictsFile>['conflicts'];
  nodeTypes: z.infer<typeof nodeTypesFile>;
  facts: z.infer<typeof factsFile>;
  settings: z.infer<typeof settingsFile>;
  settingOverrides: z.infer<typeof settingOverridesFile>['overrides'];
}

/** Every `statement:`, `cell:`, `fact:` and `setting:` reference must name something that exists. */
function checkReferences(seed: ReferencingFiles) {
  const known = new Set<string>([
    ...seed.statements.map((s) => `statement:${s.id}`),
    ...seed.matrix.rows.flatMap((r) => Object.keys(r.cells).map((m) => `cell:${r.id}/${m}`)),
    ...seed.facts.facts.map((f) => `fact:${f.topic}/${f.key}`),
    ...seed.settings.settings.map((s) => `setting:${s.name}`),
  ]);
  const used = [
    ...seed.claims.map((c) => c.source),
    ...seed.conflicts.flatMap((c) => c.sources),
    ...seed.nodeTypes.nodeTypes.flatMap((n) => n.sources),
    ...seed.nodeTypes.capabilities.flatMap((c) => c.sources),
    ...seed.nodeTypes.requirements.map((r) => r.source),
    ...seed.settingOverrides.map((o) => o.source),
  ];
  const missing = used.filter((ref) => !known.has(ref));
  if (missing.length > 0) throw new Error('seed/: references to nothing: ' + [...new Set(missing)].join(', '));
  const settingNames = new Set(seed.settings.settings.map((s) => s.name));
  const unknownSettings = [
    ...seed.matrix.rows.flatMap((r) => (r.setting ? [r.setting] : [])),
    ...seed.nodeTypes.requirements.flatMap((r) => (r.setting ? [r.setting] : [])),
  ].filter((name) => !settingNames.has(name));
  if (unknownSettings.length > 0) throw new Error('seed/: unknown settings named: ' + unknownSettings.join(', '));
}

// The type a condition's setting must have for its state to be read from it.
const STATE_TYPES: Record<SettingState, string> = { TRUE: 'bool', ABOVE_ZERO: 'int' };

/** Each override names a setting once, and its conditions name settings whose type holds their state. */
function checkSettingOverrides(settings: z.infer<typeof settingsFile>, overrides: z.infer<typeof settingOverridesFile>['overrides']) {
  const types = new Map(settings.settings.map((s) => [s.name, s.type]));
  const seen = new Set<string>();
  for (const o of overrides) {
    if (!types.has(o.setting)) throw new Error(`seed/setting-overrides.json: unknown setting ${o.setting}`);
    if (seen.has(o.setting)) throw new Error(`seed/setting-overrides.json: ${o.setting} is overridden twice; give one entry with every condition`);
    seen.add(o.setting);
    for (const c of o.whenAny) {
      if (types.get(c.setting) !== STATE_TYPES[c.state]) {
        throw new Error(`seed/setting-overrides.json: ${o.setting}: ${c.state} needs a ${STATE_TYPES[c.state]} setting, and ${c.setting} is ${types.get(c.setting) ?? 'no setting'}`);
      }
    }
  }
}

/** The table has a cell in every column of every row; verdict rows say a support level in each. */
function checkMatrixComplete(matrix: z.infer<typeof matrixFile>) {
  for (const row of matrix.rows) {
    for (const column of matrix.columns) {
      const c = row.cells[column.mode];
      if (!c) throw new Error(`seed/matrix.json: row ${row.id} has no cell for ${column.mode}`);
      const needsSupport = row.section !== 'CAPABILITY' || row.useCase !== undefined;
      if (needsSupport && !c.support) throw new Error(`seed/matrix.json: cell ${row.id}/${column.mode} needs a support level`);
    }
  }
}
