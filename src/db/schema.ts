// The SQLite tables the seed step fills. Every row that states a fact keeps its source reference
// ("statement:note-1", "fact:ipv6/featureMatrix", "setting:ENABLE_POD_ENI", ...) or source file beside it.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Build metadata: data version (hash of seed/ and migrations/) and upstream revisions. */
export const metadata = sqliteTable('metadata', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const sourceDocuments = sqliteTable('source_documents', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  kind: text('kind').notNull(),
  location: text('location').notNull(),
  revision: text('revision'),
  url: text('url'),
});

export const matrixColumns = sqliteTable('matrix_columns', {
  mode: text('mode').primaryKey(),
  position: integer('position').notNull(),
  nodeTypeHeader: text('node_type_header').notNull(),
  header: text('header').notNull(),
  line: integer('line').notNull(),
});

export const matrixRows = sqliteTable('matrix_rows', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  section: text('section').notNull(),
  label: text('label').notNull(),
  line: integer('line').notNull(),
  useCase: text('use_case'),
  capability: text('capability'),
  setting: text('setting'),
});

export const matrixCells = sqliteTable(
  'matrix_cells',
  {
    rowId: text('row_id').notNull().references(() => matrixRows.id),
    mode: text('mode').notNull().references(() => matrixColumns.mode),
    text: text('text').notNull(),
    value: text('value'),
    support: text('support'),
    detail: text('detail').notNull(),
    minCniVersion: text('min_cni_version'),
    requirements: text('requirements', { mode: 'json' }).$type<string[]>().notNull(),
    line: integer('line').notNull(),
  },
  (t) => [primaryKey({ columns: [t.rowId, t.mode] })],
);

export const statements = sqliteTable('statements', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  section: text('section').notNull(),
  line: integer('line').notNull(),
  text: text('text').notNull(),
  nodeTypes: text('node_types', { mode: 'json' }).$type<string[]>().notNull(),
  useCases: text('use_cases', { mode: 'json' }).$type<string[]>().notNull(),
});

export const useCaseClaims = sqliteTable('use_case_claims', {
  position: integer('position').primaryKey(),
  useCase: text('use_case').notNull(),
  nodeType: text('node_type').notNull(),
  modes: text('modes', { mode: 'json' }).$type<string[] | null>(),
  support: text('support').notNull(),
  detail: text('detail').notNull(),
  minCniVersion: text('min_cni_version'),
  requirements: text('requirements', { mode: 'json' }).$type<string[]>().notNull(),
  source: text('source').notNull(),
  /** A newer statement that replaces the claim (`cite:...`); null while the claim decides. */
  supersededBy: text('superseded_by'),
});

export const conflicts = sqliteTable('conflicts', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  useCases: text('use_cases', { mode: 'json' }).$type<string[]>().notNull(),
  nodeTypes: text('node_types', { mode: 'json' }).$type<string[]>().notNull(),
  reason: text('reason').notNull(),
  sources: text('sources', { mode: 'json' }).$type<string[]>().notNull(),
  supersededBy: text('superseded_by'),
});

/** Statements of user guide files, newer docs pages, nodeadm and Karpenter, cited as `cite:ID`. */
export const citedStatements = sqliteTable('cited_statements', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  document: text('document').notNull().references(() => sourceDocuments.id),
  /** File and line in the document's repository at its revision; null for a web page. */
  path: text('path'),
  line: integer('line'),
  quote: text('quote').notNull(),
});

/** Questions on which two sources disagree: each side's verdict and its references. */
export const disagreements = sqliteTable('disagreements', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  useCase: text('use_case').notNull(),
  nodeType: text('node_type').notNull(),
  modes: text('modes', { mode: 'json' }).$type<string[] | null>(),
  conflict: text('conflict'),
  question: text('question').notNull(),
  sides: text('sides', { mode: 'json' })
    .$type<{ support: string; minCniVersion?: string; detail: string; sources: string[] }[]>()
    .notNull(),
});

export const nodeTypes = sqliteTable('node_types', {
  nodeType: text('node_type').primaryKey(),
  position: integer('position').notNull(),
  label: text('label').notNull(),
  modes: text('modes', { mode: 'json' }).$type<string[]>().notNull(),
  /** The matrix's columns speak for this node type (the table covers Linux IPv4 nodes and Fargate). */
  describedByMatrix: integer('described_by_matrix', { mode: 'boolean' }).notNull(),
  sources: text('sources', { mode: 'json' }).$type<string[]>().notNull(),
});

export const modeCapabilities = sqliteTable(
  'mode_capabilities',
  {
    nodeType: text('node_type').notNull(),
    mode: text('mode').notNull(),
    capability: text('capability').notNull(),
    value: text('value').notNull(),
    detail: text('detail').notNull(),
    sources: text('sources', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.nodeType, t.mode, t.capability] })],
);

export const modeRequirements = sqliteTable('mode_requirements', {
  position: integer('position').primaryKey(),
  nodeType: text('node_type').notNull(),
  mode: text('mode').notNull(),
  setting: text('setting'),
  value: text('value'),
  minCniVersion: text('min_cni_version'),
  text: text('text').notNull(),
  source: text('source').notNull(),
});

export const cniFacts = sqliteTable(
  'cni_facts',
  {
    topic: text('topic').notNull(),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
    source: text('source').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.topic, t.key] })],
);

export const cniSettings = sqliteTable('cni_settings', {
  name: text('name').primaryKey(),
  position: integer('position').notNull(),
  type: text('type').notNull(),
  readmeType: text('readme_type'),
  readmeDefault: text('readme_default'),
  codeDefault: text('code_default'),
  manifestValue: text('manifest_value'),
  introducedIn: text('introduced_in'),
  deprecatedIn: text('deprecated_in'),
  validValues: text('valid_values', { mode: 'json' }).$type<string[] | null>(),
  containers: text('containers', { mode: 'json' }).$type<string[]>().notNull(),
  component: text('component').notNull(),
  appliesTo: text('applies_to', { mode: 'json' }).$type<string[]>().notNull(),
  conflictsWith: text('conflicts_with', { mode: 'json' }).$type<string[]>().notNull(),
  summary: text('summary').notNull(),
  notes: text('notes'),
  documentedInReadme: integer('documented_in_readme', { mode: 'boolean' }).notNull(),
  source: text('source').notNull(),
});

export const settingOverrides = sqliteTable('setting_overrides', {
  setting: text('setting').primaryKey(),
  position: integer('position').notNull(),
  /** Conditions as `{ setting, state }`; the override holds while any of them does. */
  whenAny: text('when_any', { mode: 'json' }).$type<{ setting: string; state: string }[]>().notNull(),
  reason: text('reason').notNull(),
  source: text('source').notNull(),
});

export const instanceTypes = sqliteTable('instance_types', {
  name: text('name').primaryKey(),
  vcpus: integer('vcpus'),
  hypervisor: text('hypervisor').notNull(),
  isBareMetal: integer('is_bare_metal', { mode: 'boolean' }).notNull(),
  networkCards: integer('network_cards').notNull(),
  defaultNetworkCardIndex: integer('default_network_card_index').notNull(),
  maxEnisDefaultCard: integer('max_enis_default_card').notNull(),
  /** `card:maxEnis` pairs separated by `;`, as upstream lists them. */
  maxEnisPerCard: text('max_enis_per_card').notNull(),
  ipv4PerEni: integer('ipv4_per_eni').notNull(),
  trunkingCompatible: integer('trunking_compatible', { mode: 'boolean' }),
  branchInterfaces: integer('branch_interfaces'),
});
