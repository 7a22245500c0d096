// The page's script, style sheet and icon, served from this folder's assets/ (the bundle copies them beside
// itself, scripts/bundle-service.ts). Their address holds a hash of their contents, /assets/<version>/<name>, so a
// browser keeps them for a year without asking again and a new release is fetched at once; the scripts import each
// other by relative address, so all of them share one version. Each is compressed once, on first use.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface StaticAsset {
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  'page.js': 'text/javascript; charset=utf-8',
  'render.js': 'text/javascript; charset=utf-8',
  'page.css': 'text/css; charset=utf-8',
  'icon.svg': 'image/svg+xml',
};

export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export class StaticAssets {
  readonly version: string;
  private readonly assets: ReadonlyMap<string, StaticAsset>;

  constructor(directory: URL = new URL('./assets/', import.meta.url)) {
    const hash = createHash('sha256');
    const assets = new Map<string, StaticAsset>();
    for (const [name, contentType] of Object.entries(CONTENT_TYPES)) {
      const body = readFileSync(new URL(name, directory));
      hash.update(name).update(body);
      assets.set(name, { contentType, body, gzipped: gzipSync(body, { level: 9 }) });
    }
    this.version = hash.digest('base64url').slice(0, 12);
    this.assets = assets;
  }

  /** The address of an asset of this version. */
  href(name: string): string {
    return `/assets/${this.version}/${name}`;
  }

  /** The asset a path names, when it names one of this version. */
  find(path: string): StaticAsset | undefined {
    const [, prefix, version, name] = path.split('/');
    return prefix === 'assets' && version === this.version && name !== undefined ? this.assets.get(name) : undefined;
  }
}

let loaded: StaticAssets | undefined;

/** The assets, read and compressed on first use. */
export function staticAssets(): StaticAssets {
  return (loaded ??= new StaticAssets());
}
