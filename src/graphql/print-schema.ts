// `npm run schema:print`: writes the schema as SDL to schema.graphql (a test fails when the file drifts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../db/paths.js';
import { schema } from './schema.js';

writeFileSync(join(PROJECT_ROOT, 'schema.graphql'), printSchema(schema) + '\n');
console.log('podnet: schema.graphql written');
