// The knowledge the rules layer reads: plain, typed, frozen objects loaded once from the database.
import type {
  Capability,
  Hypervisor,
  MatrixSection,
  NodeType,
  PodNetworkingMode,
  SettingState,
  SettingTag,
  StatementSection,
  Support,
  UseCase,
} from '../domain/vocabulary.js';

/** Where a fact comes from, resolved from a reference such as `statement:note-1` or `fact:ipv6/featureMatrix`. */
export interface Source {
  /** The reference as the seed data writes it. */
  ref: string;
  /** Title of the document or repository. */
  document: string;
  /** Where in it: a line and a table cell of the source document, or files of an upstream repository. */
  location: string;
  /** The words of the source that state the fact, verbatim where the source is prose. */
  quote: string;
  url: string | null;
  /** Commit of the upstream repository the fact was read at, when known. */
  revision: string | null;
}

export interface SourceDocument {
  id: string;
  kind: 'SOURCE_DOCUMENT' | 'UPSTREAM_REPOSITORY';
  title: string;
  location: string;
  url: string | null;
  revision: string | null;
}

/** An upstream file the knowledge import read (seed/sources.json `files`), at its revision. */
export interface UpstreamFileRevision {
  /** "owner/name", as a source document's location. */
  repository: string;
  path: string;
  revision: string;
}

/** The latest knowledge release: the last entry of seed/CHANGELOG.md. */
export interface KnowledgeRelease {
  /** YYYY-MM-DD */
  date: string;
  /** The entry's Markdown. */
  notes: string;
}

export interface MatrixColumn {
  mode: PodNetworkingMode;
  nodeTypeHeader: string;
  header: string;
  line: number;
}

export interface MatrixCell {
  rowId: string;
  mode: PodNetworkingMode;
  text: string;
  value: string | null;
  support: Support | null;
  detail: string;
  minCniVersion: string | null;
  requirements: readonly string[];
  line: number;
  source: Source;
}

export interface MatrixRow {
  id: string;
  section: MatrixSection;
  label: string;
  line: number;
  useCase: UseCase | null;
  capability: Capability | null;
  setting: string | null;
  /** One cell per column, in column order. */
  cells: readonly MatrixCell[];
}

export interface Statement {
  id: string;
  section: StatementSection;
  /** 1-based position within its section (note 1 to 5, Windows statement 1 to 6). */
  number: number;
  line: number;
  text: string;
  nodeTypes: readonly NodeType[];
  useCases: readonly UseCase[];
  source: Source;
}

export interface UseCaseClaim {
  useCase: UseCase;
  nodeType: NodeType;
  /** null: every mode of the node type. */
  modes: readonly PodNetworkingMode[] | null;
  support: Support;
  detail: string;
  minCniVersion: string | null;
  requirements: readonly string[];
  source: Source;
  /** A newer statement that replaces this claim; the claim then no longer decides. */
  supersededBy: Source | null;
}

export interface ConflictRule {
  id: string;
  useCases: readonly UseCase[];
  /** Empty: every node type. */
  nodeTypes: readonly NodeType[];
  reason: string;
  sources: readonly Source[];
  /** A newer statement that replaces the rule; the rule then no longer applies. */
  supersededBy: Source | null;
}

/** What one document says on a question another document answers differently. */
export interface DisagreementSide {
  /** The document's id in sources.json: what a caller names to trust this side. */
  documentId: string;
  support: Support;
  minCniVersion: string | null;
  detail: string;
  sources: readonly Source[];
}

/** A question on which two sources disagree (seed/disagreements.json). */
export interface Disagreement {
  id: string;
  useCase: UseCase;
  nodeType: NodeType;
  /** null: every mode of the node type. */
  modes: readonly PodNetworkingMode[] | null;
  /** The conflict rule the disagreement puts in doubt for the node type, if any. */
  conflict: string | null;
  question: string;
  sides: readonly DisagreementSide[];
}

export interface NodeTypeInfo {
  nodeType: NodeType;
  label: string;
  modes: readonly PodNetworkingMode[];
  describedByMatrix: boolean;
  sources: readonly Source[];
}

export interface ModeCapabilityFact {
  nodeType: NodeType;
  mode: PodNetworkingMode;
  capability: Capability;
  value: string;
  detail: string;
  sources: readonly Source[];
}

export interface ModeRequirementFact {
  nodeType: NodeType;
  mode: PodNetworkingMode;
  setting: string | null;
  value: string | null;
  minCniVersion: string | null;
  text: string;
  source: Source;
}

export interface CniFact {
  topic: string;
  key: string;
  value: unknown;
  source: Source;
  note: string | null;
}

export interface CniSetting {
  name: string;
  type: string;
  readmeType: string | null;
  readmeDefault: string | null;
  codeDefault: string | null;
  manifestValue: string | null;
  /** The VPC CNI release that introduced it, as "1.9.0"; null when the sources do not say. */
  introducedIn: string | null;
  deprecatedIn: string | null;
  validValues: readonly string[] | null;
  containers: readonly string[];
  component: string;
  appliesTo: readonly SettingTag[];
  conflictsWith: readonly SettingTag[];
  summary: string;
  notes: string | null;
  documentedInReadme: boolean;
  source: Source;
}

/** One condition of a setting override: another setting in a given state. */
export interface SettingCondition {
  setting: string;
  state: SettingState;
}

/** A setting aws-node ignores while any of `whenAny` holds (seed/setting-overrides.json). */
export interface SettingOverride {
  setting: string;
  whenAny: readonly SettingCondition[];
  reason: string;
  source: Source;
}

export interface InstanceTypeLimits {
  name: string;
  vcpus: number | null;
  hypervisor: Hypervisor;
  isBareMetal: boolean;
  networkCards: number;
  defaultNetworkCardIndex: number;
  maxEnisDefaultCard: number;
  maxEnisPerCard: readonly { card: number; maxEnis: number }[];
  ipv4PerEni: number;
  trunkingCompatible: boolean | null;
  branchInterfaces: number | null;
}

export interface Knowledge {
  /** Hash of seed/ and migrations/: changes whenever any fact changes. */
  dataVersion: string;
  builtAt: string;
  /** The VPC CNI revision the settings and facts were read at, and its newest release then (e.g. "1.23.0"). */
  vpcCni: { revision: string; latestVersion: string };
  sourceDocuments: readonly SourceDocument[];
  /** The upstream files the knowledge import read; imported data cites their revisions (src/knowledge/file-revision.ts). */
  upstreamFiles: readonly UpstreamFileRevision[];
  /** null before the first import. */
  release: KnowledgeRelease | null;
  /** The source document's own entry. */
  sourceDocument: SourceDocument;
  matrix: { columns: readonly MatrixColumn[]; rows: readonly MatrixRow[] };
  statements: readonly Statement[];
  claims: readonly UseCaseClaim[];
  conflicts: readonly ConflictRule[];
  disagreements: readonly Disagreement[];
  nodeTypes: readonly NodeTypeInfo[];
  capabilities: readonly ModeCapabilityFact[];
  requirements: readonly ModeRequirementFact[];
  facts: readonly CniFact[];
  settings: readonly CniSetting[];
  /** Keyed by the setting that has no effect. */
  settingOverrides: ReadonlyMap<string, SettingOverride>;
  /** Keyed by instance type name, in the seed's order. */
  instanceTypes: ReadonlyMap<string, InstanceTypeLimits>;
  /** Every source reference of the seed, resolved. */
  citations: ReadonlyMap<string, Source>;
}
