// Part of `npm run build`, and of `npm start` and `podnet` when the sources changed (bin/compiled-bundle.js): the
// service and the CLI bundled into dist/service/, what `npm start`, `npm run start:prod` and the container run.
// Bundled beside it first and then renamed into place entry by entry, so a process starting meanwhile never loads a
// half-written bundle. A folder (the page's assets/) cannot be renamed onto a non-empty one: the old one is moved
// aside first and removed after.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { bundleService } from './bundle-service.js';

const target = join(PROJECT_ROOT, 'dist', 'service');
const staging = join(PROJECT_ROOT, 'dist', `service-${process.pid}.tmp`);
const replaced = join(PROJECT_ROOT, 'dist', `service-${process.pid}.old`);
try {
  await bundleService(staging);
  mkdirSync(target, { recursive: true });
  mkdirSync(replaced, { recursive: true });
  for (const name of readdirSync(staging)) {
    const into = join(target, name);
    if (existsSync(into) && statSync(into).isDirectory()) renameSync(into, join(replaced, name));
    renameSync(join(staging, name), into);
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
  rmSync(replaced, { recursive: true, force: true });
}
