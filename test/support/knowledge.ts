// The knowledge as the service loads it, for rule tests that need no HTTP.
import { openDatabase } from '../../src/db/build-database.js';
import { DEFAULT_DATABASE_PATH } from '../../src/db/paths.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

const database = openDatabase(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
export const knowledge = loadKnowledge(database.sqlite);
database.sqlite.close();
