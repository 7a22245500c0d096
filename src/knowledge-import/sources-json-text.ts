// seed/sources.json written as it always has been: two-space JSON with a document's id and kind on one line and
// each of its files on one line, so that an import changes only the lines it must.
import type { SourcesFile } from './update-sources.js';

const compact = (o: object) => `{ ${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;

function documentText(d: Record<string, unknown>): string {
  const { id, kind, ...rest } = d;
  const lines = [`"id": ${JSON.stringify(id)}, "kind": ${JSON.stringify(kind)}`];
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'files' && Array.isArray(value)) {
      lines.push(`"files": [\n${value.map((f: object) => `        ${compact(f)}`).join(',\n')}\n      ]`);
    } else {
      lines.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    }
  }
  return `    {\n${lines.map((l) => `      ${l}`).join(',\n')}\n    }`;
}

export function sourcesJsonText(file: SourcesFile): string {
  const { documents, ...rest } = file;
  const top = Object.entries(rest).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const docs = `  "documents": [\n${documents.map((d) => documentText(d)).join(',\n')}\n  ]`;
  return `{\n${[...top, docs].join(',\n')}\n}\n`;
}
