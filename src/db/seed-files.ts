// Reads and validates everything under seed/. A typo, an unknown enum value or a reference to a fact that does
// not exist fails here, at build time, with the file and the path of the offending value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { factDocument } from './fact-document.js';
import { readRelease } from './release.js';
import {
  CAPABILITIES,
  MATRIX_MODES,
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
const reference = z.string().regex(/^(statement|cell|fact|setting|cite):\S+$/);

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
  columns: z.array(z.object({ mode: z.enum(MATRIX_MODES), nodeTypeHeader: z.string(), header: z.string(), line: z.number().int().positive() })),
  rows: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      section: z.enum(MATRIX_SECTIONS),
      line: z.number().int().positive(),
      label: z.string(),
      useCase: useCase.optional(),
      capability: z.enum(CAPABILITIES).optional(),
      setting: z.string().optional(),
      cells: z.record(z.enum(MATRIX_MODES), cell),
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
      /** A newer statement that replaces this claim: the claim no longer decides, the newer one's verdict cites it. */
      supersededBy: reference.optional(),
    }),
  ),
});

const citedStatementsFile = z.object({
  statements: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
      document: z.string(),
      path: z.string().nullable(),
      line: z.number().int().positive().nullable(),
      quote: z.string().min(1).max(300),
    }).refine((s) => (s.path === null) === (s.line === null), { message: 'a statement gives a path and a line together, or neither (a web page)' }),
  ),
});

const disagreementsFile = z.object({
  disagreements: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      useCase,
      nodeType,
      modes: z.array(mode).nullable(),
      conflict: z.string().nullable(),
      question: z.string().min(1),
      sides: z
        .array(
          z.object({
            support,
            minCniVersion: version.optional(),
            detail: z.string().min(1),
            sources: z.array(reference).min(1),
          }),
        )
        .length(2),
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
      supersededBy: reference.optional(),
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
    citedStatements: readJson(dir, 'cited-statements.json', citedStatementsFile).statements,
    disagreements: readJson(dir, 'disagreements.json', disagreementsFile).disagreements,
    nodeTypes: readJson(dir, 'node-types.json', nodeTypesFile),
    facts: readJson(dir, 'cni-facts.json', factsFile),
    settings: readJson(dir, 'cni-settings.json', settingsFile),
    settingOverrides: readJson(dir, 'setting-overrides.json', settingOverridesFile).overrides,
    instanceTypes: readInstanceTypes(dir),
    release: readRelease(dir),
  };
  checkReferences(seed);
  checkCitedStatements(seed.sources, seed.citedStatements);
  checkDisagreements(seed);
  checkSettingOverrides(seed.settings, seed.settingOverrides);
  checkMatrixComplete(seed.matrix);
  return seed;
}

interface ReferencingFiles {
  sources: z.infer<typeof sourcesFile>['documents'];
  matrix: z.infer<typeof matrixFile>;
  statements: z.infer<typeof statementsFile>['statements'];
  claims: z.infer<typeof claimsFile>['claims'];
  conflicts: z.infer<typeof conflictsFile>['conflicts'];
  citedStatements: z.infer<typeof citedStatementsFile>['statements'];
  disagreements: z.infer<typeof disagreementsFile>['disagreements'];
  nodeTypes: z.infer<typeof nodeTypesFile>;
  facts: z.infer<typeof factsFile>;
  settings: z.infer<typeof settingsFile>;
  settingOverrides: z.infer<typeof settingOverridesFile>['overrides'];
}

/** Every `statement:`, `cell:`, `fact:`, `setting:` and `cite:` reference must name something that exists. */
function checkReferences(seed: ReferencingFiles) {
  const known = new Set<string>([
    ...seed.statements.map((s) => `statement:${s.id}`),
    ...seed.matrix.rows.flatMap((r) => Object.keys(r.cells).map((m) => `cell:${r.id}/${m}`)),
    ...seed.facts.facts.map((f) => `fact:${f.topic}/${f.key}`),
    ...seed.settings.settings.map((s) => `setting:${s.name}`),
    ...seed.citedStatements.map((s) => `cite:${s.id}`),
  ]);
  const used = [
    ...seed.claims.flatMap((c) => [c.source, ...(c.supersededBy ? [c.supersededBy] : [])]),
    ...seed.conflicts.flatMap((c) => [...c.sources, ...(c.supersededBy ? [c.supersededBy] : [])]),
    ...seed.disagreements.flatMap((d) => d.sides.flatMap((s) => s.sources)),
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

/** A cited statement names a document of sources.json; a repository's statements locate the quote by path and line. */
function checkCitedStatements(sources: z.infer<typeof sourcesFile>['documents'], statements: z.infer<typeof citedStatementsFile>['statements']) {
  const kinds = new Map(sources.map((d) => [d.id, d.kind]));
  const seen = new Set<string>();
  for (const s of statements) {
    const kind = kinds.get(s.document);
    if (!kind) throw new Error(`seed/cited-statements.json: ${s.id} names no document of sources.json: ${s.document}`);
    if ((kind === 'UPSTREAM_REPOSITORY') !== (s.path !== null)) {
      throw new Error(`seed/cited-statements.json: ${s.id}: a repository's statement gives its path and line, a page's gives neither`);
    }
    if (seen.has(s.id)) throw new Error(`seed/cited-statements.json: ${s.id} is listed twice`);
    seen.add(s.id);
  }
}

/** The document a reference's words come from (a sources.json id): the page for cells and statements, a repository for facts and settings. */
function documentOfReference(ref: string, seed: Pick<ReferencingFiles, 'citedStatements' | 'facts' | 'sources'>): string {
  const [kind, rest = ''] = ref.split(/:(.*)/s);
  if (kind === 'cite') return seed.citedStatements.find((s) => s.id === rest)?.document ?? '';
  if (kind === 'statement' || kind === 'cell') return 'eks-user-guide';
  const fact = kind === 'fact' ? seed.facts.facts.find((f) => `${f.topic}/${f.key}` === rest) : undefined;
  return fact ? factDocument(fact.source, seed.sources.map((d) => d.id)).documentId : 'vpc-cni';
}

/** The two sides of a disagreement come from two documents, one each, and its conflict exists for its node type. */
function checkDisagreements(seed: Pick<ReferencingFiles, 'disagreements' | 'conflicts' | 'citedStatements' | 'nodeTypes' | 'facts' | 'sources'>) {
  for (const d of seed.disagreements) {
    const documents = d.sides.map((side) => new Set(side.sources.map((ref) => documentOfReference(ref, seed))));
    if (documents.some((set) => set.size !== 1)) throw new Error(`seed/disagreements.json: ${d.id}: each side cites one document`);
    if ([...documents[0]!][0] === [...documents[1]!][0]) throw new Error(`seed/disagreements.json: ${d.id}: both sides cite the same document`);
    if (d.sides.every((s) => s.support === d.sides[0]!.support)) throw new Error(`seed/disagreements.json: ${d.id}: the sides say the same`);
    const offered = seed.nodeTypes.nodeTypes.find((n) => n.nodeType === d.nodeType)?.modes ?? [];
    if (d.modes?.some((m) => !offered.includes(m))) throw new Error(`seed/disagreements.json: ${d.id}: a mode ${d.nodeType} does not offer`);
    if (d.conflict !== null) {
      const c = seed.conflicts.find((x) => x.id === d.conflict);
      if (!c || !(c.nodeTypes.length === 0 || c.nodeTypes.includes(d.nodeType))) {
        throw new Error(`seed/disagreements.json: ${d.id}: no conflict ${d.conflict} for ${d.nodeType}`);
      }
    }
  }
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
