// The service as a few ES modules, `server.js` and the chunks it imports, with the database rebuild process beside it
// (ensure-database-in-background.ts forks its sibling), and the CLI, `podnet.js` (what bin/podnet.js runs). Node 20
// loads several hundred small modules in about half a second, more than the rest of start-up together; a few files
// load in a fraction of that. Left out of the bundle: better-sqlite3 (a
// native addon) and GraphiQL's renderer (9 MB, loaded on first use); both come from node_modules. The page's assets
// are copied beside the bundle, where src/web/static-assets.ts finds them (assets/, next to the running module).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/db/paths.js';

/** Bundles into `outdir`, which must be inside the project (the service finds its root above itself). */
export async function bundleService(outdir: string): Promise<void> {
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: {
      server: 'src/http/process/server.ts',
      'rebuild-database-process': 'src/db/rebuild-database-process.ts',
      podnet: 'src/cli/main.ts',
    },
    outdir,
    bundle: true,
    // Modules loaded with import() (the MCP server at the first request to /mcp, the CLI's transports) and code the
    // entries share go to chunks/, so a start parses only what it runs.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', '@graphql-yoga/render-graphiql'],
    // CommonJS dependencies bundled into an ES module still call require.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    // Fewer bytes to read and parse at every start; names are kept, so stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  cpSync(join(PROJECT_ROOT, 'src', 'web', 'assets'), join(outdir, 'assets'), { recursive: true, filter: (path) => !path.endsWith('.d.ts') });
}
