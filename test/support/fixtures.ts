// The manifests under test/fixtures/, by file name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/db/paths.js';

export function fixture(name: string): string {
  return readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', name), 'utf8');
}
