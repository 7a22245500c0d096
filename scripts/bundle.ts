// Part of `npm run build`, and of `npm start` and `podnet` when the sources changed (bin/compiled-bundle.js): the
// service and the CLI bundled into dist/service/, what `npm start`, `npm run start:prod` and the container run.
// Bundled beside it first and then renamed into place file by file, so a process starting meanwhile never loads a
// half-written bundle.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { bundleService } from './bundle-service.js';

const target = join(PROJECT_ROOT, 'dist', 'service');
const staging = join(PROJECT_ROOT, 'dist', `service-${process.pid}.tmp`);
try {
  await bundleService(staging);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(staging)) renameSync(join(staging, name), join(target, name));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
