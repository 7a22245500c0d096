import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Suites that start processes (the service, the CLI, the bundle, the import command, Chromium) or check what ships
// beside the code (bench, deploy manifests): the `process` project. Everything else runs in-process, through the
// rules, `yoga.fetch` or a port of the test's own process: the `unit` projects, `npm run test:unit`.
const PROCESS_SUITES = [
  'test/http/npm-start.test.ts',
  'test/http/startup.test.ts',
  'test/http/shutdown.test.ts',
  'test/http/bundle.test.ts',
  'test/cli/cli.test.ts',
  'test/mcp/mcp-stdio.test.ts',
  'test/db/concurrent-open.test.ts',
  'test/knowledge-import/command.test.ts',
  'test/bench/**/*.test.ts',
  'test/deploy/**/*.test.ts',
  'test/browser/**/*.test.ts',
];
// Suites that replace a module (vi.mock) need modules of their own; the other unit suites share theirs within a
// worker (the schema and the knowledge loaded once, not once per file: a fifth of the time). Found by reading the
// suites, so a new one that mocks cannot share modules by mistake.
const MOCKING_SUITES = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('test', file))
  .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, 'utf8')));

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Pothos and graphql-yoga; Vite would give the tests its ESM build,
    // and graphql refuses types from "another realm". Everyone gets the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // The in-process service logs every request; tests that read logs capture them themselves.
    env: { LOG_LEVEL: 'silent' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...PROCESS_SUITES, ...MOCKING_SUITES], isolate: false } },
      { extends: true, test: { name: 'unit-mocking', include: MOCKING_SUITES } },
      { extends: true, test: { name: 'process', include: PROCESS_SUITES } },
    ],
  },
});
