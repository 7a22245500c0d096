// The bundles `npm run build` writes to dist/service/ (scripts/bundle.ts), as `npm start` and `podnet` run them. In a
// checkout they are bundled again first when missing or older than a source they are made from, so an edit shows
// up at the next start without a build step to remember (esbuild takes a few seconds; an up-to-date check, a few
// milliseconds). Where there are no sources (the container image) the bundles are run as they are.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE_DIR = join(ROOT, 'dist', 'service');
// What a bundle is made from: the sources, the locked dependency versions, and how it is bundled.
const INPUTS = ['src', 'package-lock.json', 'scripts/bundle.ts', 'scripts/bundle-service.ts'].map((path) => join(ROOT, path));

/** The newest modification time under `path` (a file or a folder), in milliseconds. */
function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function isOutdated(bundle) {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return INPUTS.some((input) => existsSync(input) && newestChange(input) > built);
}

/** The file URL of a bundle in dist/service/ ("server.js", "podnet.js"), bundled again first if its sources changed. */
export function compiledBundle(name) {
  const bundle = join(BUNDLE_DIR, name);
  if (existsSync(join(ROOT, 'src')) && isOutdated(bundle)) {
    process.stderr.write('podnet: the sources changed since the last build; bundling them (dist/service/)...\n');
    // Its output goes to standard error: standard output is the command's answer (`podnet ... --json`).
    const bundling = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bundle.ts')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (bundling.status !== 0) {
      process.stderr.write(`podnet: bundling failed (exit code ${bundling.status}); see the messages above.\n`);
      process.exit(1);
    }
  }
  return pathToFileURL(bundle).href;
}
