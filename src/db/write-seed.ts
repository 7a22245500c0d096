// Writes validated seed data into a freshly migrated database, in one transaction.
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.js';
import type { SeedData } from './seed-files.js';

export function writeSeed(db: BetterSQLite3Database<typeof schema>, seed: SeedData, dataVersion: string): void {
  db.transaction((tx) => {
    tx.insert(schema.metadata)
      .values([
        { key: 'dataVersion', value: dataVersion },
        { key: 'builtAt', value: new Date().toISOString() },
        { key: 'vpcCniRevision', value: seed.facts.upstream.commit },
        { key: 'vpcCniLatestTag', value: seed.facts.upstream.latestTag },
        // Read back by src/knowledge/load-knowledge.ts: the upstream files the import read, and its latest release.
        { key: 'upstreamFiles', value: JSON.stringify(seed.sources.flatMap((d) => d.files.map((f) => ({ repository: d.location, ...f })))) },
        ...(seed.release ? [{ key: 'release', value: JSON.stringify(seed.release) }] : []),
      ])
      .run();
    tx.insert(schema.sourceDocuments)
      .values(seed.sources.map((d, position) => ({ ...d, position })))
      .run();
    tx.insert(schema.matrixColumns)
      .values(seed.matrix.columns.map((c, position) => ({ ...c, position })))
      .run();
    tx.insert(schema.matrixRows)
      .values(
        seed.matrix.rows.map((r, position) => ({
          id: r.id,
          position,
          section: r.section,
          label: r.label,
          line: r.line,
          useCase: r.useCase ?? null,
          capability: r.capability ?? null,
          setting: r.setting ?? null,
        })),
      )
      .run();
    tx.insert(schema.matrixCells)
      .values(
        seed.matrix.rows.flatMap((r) =>
          seed.matrix.columns.map(({ mode }) => {
            const c = r.cells[mode]!;
            return {
              rowId: r.id,
              mode,
              text: c.text,
              value: c.value ?? null,
              support: c.support ?? null,
              detail: c.detail,
              minCniVersion: c.minCniVersion ?? null,
              requirements: c.requirements,
              line: c.line ?? r.line,
            };
          }),
        ),
      )
      .run();
    tx.insert(schema.statements)
      .values(seed.statements.map((s, position) => ({ ...s, position })))
      .run();
    tx.insert(schema.useCaseClaims)
      .values(seed.claims.map((c, position) => ({ ...c, position, minCniVersion: c.minCniVersion ?? null, supersededBy: c.supersededBy ?? null })))
      .run();
    tx.insert(schema.citedStatements)
      .values(seed.citedStatements.map((s, position) => ({ ...s, position })))
      .run();
    tx.insert(schema.disagreements)
      .values(seed.disagreements.map((d, position) => ({ ...d, position })))
      .run();
    tx.insert(schema.settingOverrides)
      .values(seed.settingOverrides.map((o, position) => ({ ...o, position })))
      .run();
    tx.insert(schema.conflicts)
      .values(seed.conflicts.map((c, position) => ({ ...c, position, supersededBy: c.supersededBy ?? null })))
      .run();
    tx.insert(schema.nodeTypes)
      .values(seed.nodeTypes.nodeTypes.map((n, position) => ({ ...n, position })))
      .run();
    tx.insert(schema.modeCapabilities).values(seed.nodeTypes.capabilities).run();
    tx.insert(schema.modeRequirements)
      .values(
        seed.nodeTypes.requirements.map((r, position) => ({
          ...r,
          position,
          setting: r.setting ?? null,
          value: r.value ?? null,
          minCniVersion: r.minCniVersion ?? null,
        })),
      )
      .run();
    tx.insert(schema.cniFacts)
      .values(seed.facts.facts.map((f, position) => ({ ...f, position })))
      .run();
    tx.insert(schema.cniSettings)
      .values(
        seed.settings.settings.map((s, position) => ({
          ...s,
          position,
          readmeDefault: s.default,
        })),
      )
      .run();
    // SQLite caps bound parameters per statement; insert the 1391 instance types in chunks.
    const rows = seed.instanceTypes.map(({ instanceType, ...rest }) => ({ name: instanceType, ...rest }));
    for (let i = 0; i < rows.length; i += 200) tx.insert(schema.instanceTypes).values(rows.slice(i, i + 200)).run();
  });
}
