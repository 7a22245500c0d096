// The knowledge the CLI answers from without a service: the database at DATABASE_PATH (by default the project's
// var/podnet.sqlite), built first in this process when it is missing or outdated, then loaded once and closed.
import { computeDataVersion } from '../db/data-version.js';
import { needsRebuild, openReadOnly } from '../db/open-database.js';
import { DEFAULT_DATABASE_PATH } from '../db/paths.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { Knowledge } from '../knowledge/types.js';

export async function openEmbeddedKnowledge(path = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH): Promise<Knowledge> {
  const dataVersion = computeDataVersion();
  // The builder (migrator, seed files and their validation) is loaded only when a build is needed.
  if (needsRebuild(path, dataVersion)) (await import('../db/build-database.js')).buildDatabase(path, dataVersion);
  const sqlite = openReadOnly(path, dataVersion);
  try {
    return loadKnowledge(sqlite);
  } finally {
    sqlite.close();
  }
}
