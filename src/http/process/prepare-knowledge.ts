// The knowledge the service answers from: the database checked (rebuilt in the background if need be), opened read-only,
// loaded once into memory, closed.
import { openReadOnly } from '../../db/open-database.js';
import { ensureDatabaseInBackground } from '../../db/ensure-database-in-background.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import type { Knowledge } from '../../knowledge/types.js';

export interface PreparedKnowledge {
  knowledge: Knowledge;
  rebuilt: boolean;
}

export async function prepareKnowledge(databasePath: string): Promise<PreparedKnowledge> {
  try {
    const { dataVersion, rebuilt } = await ensureDatabaseInBackground(databasePath);
    const sqlite = openReadOnly(databasePath, dataVersion);
    try {
      return { knowledge: loadKnowledge(sqlite), rebuilt };
    } finally {
      sqlite.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the database at ${databasePath} (DATABASE_PATH) cannot be served: ${reason}`, { cause: error });
  }
}
