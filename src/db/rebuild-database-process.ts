// Child process body for ensureDatabaseInBackground: builds the database at argv[2]; on failure, prints the reason
// alone on stderr and exits 1.
import { buildDatabase } from './build-database.js';

try {
  buildDatabase(process.argv[2]!);
} catch (error) {
  process.stderr.write(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
