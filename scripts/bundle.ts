// Part of `npm run build`: the service bundled into dist/service/server.js, what `npm run start:prod` and the
// container run.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { bundleService } from './bundle-service.js';

await bundleService(join(PROJECT_ROOT, 'dist', 'service'));
