// `npm run db:build [path]`: (re)builds the SQLite database from migrations/ and seed/. Also run as a child
// process by ensure-database-in-background.ts.
import { buildDatabase } from './build-database.js';
import { DEFAULT_DATABASE_PATH } from './paths.js';

const path = process.argv[2] ?? process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
try {
  buildDatabase(path);
  console.log(`podnet: database built at ${path}`);
} catch (error) {
  console.error(`podnet: cannot build the database at ${path}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
