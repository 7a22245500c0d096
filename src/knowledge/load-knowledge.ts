// Loads the whole knowledge base from the database into frozen objects, once, with every source resolved.
import { asc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { ReadOnlyDatabase } from '../db/open-database.js';
import * as schema from '../db/schema.js';
import type {
  Capability,
  MatrixSection,
  NodeType,
  PodNetworkingMode,
  SettingState,
  SettingTag,
  StatementSection,
  Support,
  UseCase,
} from '../domain/vocabulary.js';
import { factDocument } from '../db/fact-document.js';
import { revisionOfFile } from './file-revision.js';
import type { InstanceTypeLimits, Knowledge, KnowledgeRelease, MatrixColumn, Source, SourceDocument, UpstreamFileRevision } from './types.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of value instanceof Map ? value.values() : Object.values(value)) deepFreeze(v);
  }
  return value;
}

function quoteOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function loadKnowledge(sqlite: ReadOnlyDatabase): Knowledge {
  const db = drizzle(sqlite, { schema });
  const meta = new Map(db.select().from(schema.metadata).all().map((m) => [m.key, m.value]));
  const documents = db.select().from(schema.sourceDocuments).orderBy(asc(schema.sourceDocuments.position)).all() as SourceDocument[];
  const documentById = (id: string): SourceDocument => {
    const d = documents.find((doc) => doc.id === id);
    if (!d) throw new Error(`knowledge: no source document ${id}`);
    return d;
  };
  const upstreamFiles = JSON.parse(meta.get('upstreamFiles') ?? '[]') as UpstreamFileRevision[];
  const release = meta.has('release') ? (JSON.parse(meta.get('release')!) as KnowledgeRelease) : null;
  const page = documentById('eks-user-guide');
  const vpcCni = documentById('vpc-cni');

  const columns = db.select().from(schema.matrixColumns).orderBy(asc(schema.matrixColumns.position)).all() as MatrixColumn[];
  const rowRecords = db.select().from(schema.matrixRows).orderBy(asc(schema.matrixRows.position)).all();
  const cellRecords = db.select().from(schema.matrixCells).all();
  const statementRecords = db.select().from(schema.statements).orderBy(asc(schema.statements.position)).all();
  const factRecords = db.select().from(schema.cniFacts).orderBy(asc(schema.cniFacts.position)).all();
  const settingRecords = db.select().from(schema.cniSettings).orderBy(asc(schema.cniSettings.position)).all();

  const citations = new Map<string, Source>();
  const pageSource = (ref: string, location: string, quote: string): Source => ({
    ref,
    document: page.title,
    location,
    quote,
    url: page.url,
    revision: page.revision,
  });
  const numbers = new Map<string, number>();
  const statementNumber = new Map<string, number>();
  for (const s of statementRecords) {
    const n = (numbers.get(s.section) ?? 0) + 1;
    numbers.set(s.section, n);
    statementNumber.set(s.id, n);
    const where =
      s.section === 'MATRIX_NOTE' ? `note ${n} under the table` : s.section === 'WINDOWS' ? `"Windows nodes" section, statement ${n}` : 'introduction, scope of the table';
    citations.set(`statement:${s.id}`, pageSource(`statement:${s.id}`, `${where} (line ${s.line})`, s.text));
  }
  for (const c of cellRecords) {
    const row = rowRecords.find((r) => r.id === c.rowId)!;
    const column = columns.find((col) => col.mode === c.mode)!;
    const ref = `cell:${c.rowId}/${c.mode}`;
    citations.set(ref, pageSource(ref, `table row "${row.label}", column "${column.header}" (line ${c.line})`, c.text));
  }
  const documentIds = documents.map((d) => d.id);
  for (const f of factRecords) {
    const ref = `fact:${f.topic}/${f.key}`;
    const { documentId, prefix } = factDocument(f.source, documentIds);
    const repo = documentById(documentId);
    citations.set(ref, {
      ref,
      document: repo.title,
      location: `${repo.location}: ${f.source.slice(prefix.length)}`,
      quote: quoteOf(f.value),
      url: repo.url,
      revision: repo.revision,
    });
  }
  for (const s of settingRecords) {
    const ref = `setting:${s.name}`;
    citations.set(ref, {
      ref,
      document: vpcCni.title,
      location: `${vpcCni.location}: ${s.source}`,
      quote: s.summary,
      url: vpcCni.url,
      // "README.md#cni-configuration-variables": the README's revision where the import read it.
      revision: revisionOfFile(upstreamFiles, vpcCni, s.source.split('#')[0]!),
    });
  }
  for (const c of db.select().from(schema.citedStatements).orderBy(asc(schema.citedStatements.position)).all()) {
    const d = documentById(c.document);
    const ref = `cite:${c.id}`;
    const inFile = c.path !== null && c.line !== null;
    citations.set(ref, {
      ref,
      document: d.title,
      location: inFile ? `${d.location}: ${c.path} line ${c.line}` : d.location,
      quote: c.quote,
      url: inFile && d.url && d.revision ? `${d.url}/blob/${d.revision}/${c.path}#L${c.line}` : d.url,
      revision: d.revision,
    });
  }
  // A whole document, for an answer that rests on everything read from it (no setting of that name in the catalogue).
  for (const d of documents) {
    citations.set(`document:${d.id}`, { ref: `document:${d.id}`, document: d.title, location: d.location, quote: d.title, url: d.url, revision: d.revision });
  }
  const cite = (ref: string): Source => {
    const source = citations.get(ref);
    if (!source) throw new Error(`knowledge: unresolved source reference ${ref}`);
    return source;
  };

  const instanceTypes = new Map<string, InstanceTypeLimits>();
  for (const t of db.select().from(schema.instanceTypes).all()) {
    instanceTypes.set(t.name, {
      ...t,
      hypervisor: t.hypervisor as InstanceTypeLimits['hypervisor'],
      maxEnisPerCard: t.maxEnisPerCard.split(';').map((pair) => {
        const [card, maxEnis] = pair.split(':').map(Number);
        return { card: card!, maxEnis: maxEnis! };
      }),
    });
  }

  const latestTag = meta.get('vpcCniLatestTag') ?? '';
  const knowledge: Knowledge = {
    dataVersion: meta.get('dataVersion') ?? 'unknown',
    builtAt: meta.get('builtAt') ?? 'unknown',
    vpcCni: { revision: meta.get('vpcCniRevision') ?? 'unknown', latestVersion: /v(\d+\.\d+\.\d+)/.exec(latestTag)?.[1] ?? 'unknown' },
    sourceDocuments: documents,
    upstreamFiles,
    release,
    sourceDocument: page,
    matrix: {
      columns,
      rows: rowRecords.map((r) => ({
        id: r.id,
        section: r.section as MatrixSection,
        label: r.label,
        line: r.line,
        useCase: r.useCase as UseCase | null,
        capability: r.capability as Capability | null,
        setting: r.setting,
        cells: columns.map((col) => {
          const c = cellRecords.find((cell) => cell.rowId === r.id && cell.mode === col.mode)!;
          return { ...c, mode: col.mode, support: c.support as Support | null, source: cite(`cell:${r.id}/${col.mode}`) };
        }),
      })),
    },
    statements: statementRecords.map((s) => ({
      ...s,
      section: s.section as StatementSection,
      number: statementNumber.get(s.id)!,
      nodeTypes: s.nodeTypes as NodeType[],
      useCases: s.useCases as UseCase[],
      source: cite(`statement:${s.id}`),
    })),
    claims: db
      .select()
      .from(schema.useCaseClaims)
      .orderBy(asc(schema.useCaseClaims.position))
      .all()
      .map((c) => ({
        useCase: c.useCase as UseCase,
        nodeType: c.nodeType as NodeType,
        modes: c.modes as PodNetworkingMode[] | null,
        support: c.support as Support,
        detail: c.detail,
        minCniVersion: c.minCniVersion,
        requirements: c.requirements,
        source: cite(c.source),
        supersededBy: c.supersededBy === null ? null : cite(c.supersededBy),
      })),
    conflicts: db
      .select()
      .from(schema.conflicts)
      .orderBy(asc(schema.conflicts.position))
      .all()
      .map((c) => ({
        id: c.id,
        useCases: c.useCases as UseCase[],
        nodeTypes: c.nodeTypes as NodeType[],
        reason: c.reason,
        sources: c.sources.map(cite),
        supersededBy: c.supersededBy === null ? null : cite(c.supersededBy),
      })),
    disagreements: db
      .select()
      .from(schema.disagreements)
      .orderBy(asc(schema.disagreements.position))
      .all()
      .map((d) => ({
        id: d.id,
        useCase: d.useCase as UseCase,
        nodeType: d.nodeType as NodeType,
        modes: d.modes as PodNetworkingMode[] | null,
        conflict: d.conflict,
        question: d.question,
        sides: d.sides.map((side) => {
          const sources = side.sources.map(cite);
          // The build checked that a side's sources come from one document; its title names it.
          const documentId = documents.find((doc) => doc.title === sources[0]!.document)!.id;
          return { documentId, support: side.support as Support, minCniVersion: side.minCniVersion ?? null, detail: side.detail, sources };
        }),
      })),
    nodeTypes: db
      .select()
      .from(schema.nodeTypes)
      .orderBy(asc(schema.nodeTypes.position))
      .all()
      .map((n) => ({
        nodeType: n.nodeType as NodeType,
        label: n.label,
        modes: n.modes as PodNetworkingMode[],
        describedByMatrix: n.describedByMatrix,
        sources: n.sources.map(cite),
      })),
    capabilities: db
      .select()
      .from(schema.modeCapabilities)
      .all()
      .map((c) => ({
        nodeType: c.nodeType as NodeType,
        mode: c.mode as PodNetworkingMode,
        capability: c.capability as Capability,
        value: c.value,
        detail: c.detail,
        sources: c.sources.map(cite),
      })),
    requirements: db
      .select()
      .from(schema.modeRequirements)
      .orderBy(asc(schema.modeRequirements.position))
      .all()
      .map((r) => ({
        nodeType: r.nodeType as NodeType,
        mode: r.mode as PodNetworkingMode,
        setting: r.setting,
        value: r.value,
        minCniVersion: r.minCniVersion,
        text: r.text,
        source: cite(r.source),
      })),
    facts: factRecords.map((f) => ({ topic: f.topic, key: f.key, value: f.value, note: f.note, source: cite(`fact:${f.topic}/${f.key}`) })),
    settings: settingRecords.map(({ position: _position, source: _source, ...s }) => ({
      ...s,
      // The settings data writes versions as upstream tags ("v1.9.0"); answers write them as "1.9.0" everywhere.
      introducedIn: s.introducedIn?.replace(/^v/, '') ?? null,
      deprecatedIn: s.deprecatedIn?.replace(/^v/, '') ?? null,
      appliesTo: s.appliesTo as SettingTag[],
      conflictsWith: s.conflictsWith as SettingTag[],
      source: cite(`setting:${s.name}`),
    })),
    settingOverrides: new Map(
      db
        .select()
        .from(schema.settingOverrides)
        .orderBy(asc(schema.settingOverrides.position))
        .all()
        .map((o) => [
          o.setting,
          { setting: o.setting, whenAny: o.whenAny.map((c) => ({ setting: c.setting, state: c.state as SettingState })), reason: o.reason, source: cite(o.source) },
        ]),
    ),
    instanceTypes,
    citations,
  };
  return deepFreeze(knowledge);
}
