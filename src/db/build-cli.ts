// `npm run db:build [path]`: (re)builds the SQLite database from migrations/ and seed/.
import { buildDatabase } from './build-database.js';
import { DEFAULT_DATABASE_PATH } from './paths.js';

const path = process.argv[2] ?? process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
buildDatabase(path);
console.log(`podnet: database built at ${path}`);
