#!/usr/bin/env node
// Runs the CLI as compiled JavaScript (dist/service/podnet.js), bundled again first in a checkout whose sources changed.
import { compiledBundle } from './compiled-bundle.js';

const cli = await import(compiledBundle('podnet.js'));
process.exitCode = await cli.run(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
);
