// Reads the generated Go map literals the upstream limit tables are written as (gofmt output of
// `var Name = map[string]*Type{ "key": { Field: value, List: []Item{ { Field: value, }, }, }, }`) into plain
// entries with the line of every key and field, so that each table's parser can name the line of a bad value.
// Anything else inside the map is a format change and stops the import.
import { ImportError } from './import-error.js';

export type GoScalar = number | boolean | string;

export interface GoStruct {
  line: number;
  fields: Map<string, { value: GoScalar; line: number }>;
  lists: Map<string, { items: GoStruct[]; line: number }>;
}

export interface GoMapEntry extends GoStruct {
  key: string;
}

const MAP_START = /^var (\w+) = map\[string\]\*?\w+\{$/;
const ENTRY_START = /^"([^"\\]+)": \{$/;
const LIST_START = /^(\w+):\s+\[\]\*?\w+\{$/;
const FIELD = /^(\w+):\s+(.+),$/;

function scalar(text: string, file: string, line: number): GoScalar {
  if (/^-?\d+$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) return JSON.parse(text) as string;
  throw new ImportError(file, line, `unreadable value ${text}`);
}

function emptyStruct(line: number): GoStruct {
  return { line, fields: new Map(), lists: new Map() };
}

/** The entries of the map variable `variable` in `text`, in file order. */
export function readGoMapLiteral(text: string, file: string, variable: string): GoMapEntry[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => MAP_START.exec(l.trim())?.[1] === variable);
  if (start < 0) throw new ImportError(file, null, `no map literal "var ${variable} = map[string]...{" found`);
  const entries: GoMapEntry[] = [];
  let entry: GoMapEntry | null = null;
  let list: GoStruct[] | null = null;
  let item: GoStruct | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('//')) continue;
    if (entry === null) {
      if (t === '}') return entries;
      const key = ENTRY_START.exec(t);
      if (!key) throw new ImportError(file, lineNo, `expected an entry "name": {, found ${t}`);
      entry = { key: key[1]!, ...emptyStruct(lineNo) };
      continue;
    }
    const target: GoStruct = item ?? entry;
    if (t === '},') {
      // Closes the innermost open thing: a list item, else a list, else the entry.
      if (item) {
        list!.push(item);
        item = null;
      } else if (list) {
        list = null;
      } else {
        entries.push(entry);
        entry = null;
      }
      continue;
    }
    if (list && !item) {
      if (t !== '{') throw new ImportError(file, lineNo, `expected a list item {, found ${t}`);
      item = emptyStruct(lineNo);
      continue;
    }
    const listStart = LIST_START.exec(t);
    if (listStart && !item) {
      list = [];
      entry.lists.set(listStart[1]!, { items: list, line: lineNo });
      continue;
    }
    const field = FIELD.exec(t);
    if (!field) throw new ImportError(file, lineNo, `unexpected line ${t}`);
    if (target.fields.has(field[1]!)) throw new ImportError(file, lineNo, `field ${field[1]} given twice`);
    target.fields.set(field[1]!, { value: scalar(field[2]!, file, lineNo), line: lineNo });
  }
  throw new ImportError(file, lines.length, `map ${variable} is not closed`);
}

function field(s: GoStruct, name: string, file: string) {
  const f = s.fields.get(name);
  if (!f) throw new ImportError(file, s.line, `no ${name}`);
  return f;
}

/** A whole-number field of at least `min` (a count of 0 interfaces or a negative count is impossible). */
export function intField(s: GoStruct, name: string, file: string, min: number): number {
  const f = field(s, name, file);
  if (typeof f.value !== 'number' || f.value < min) throw new ImportError(file, f.line, `${name} must be a whole number of at least ${min}, not ${String(f.value)}`);
  return f.value;
}

export function boolField(s: GoStruct, name: string, file: string): boolean {
  const f = field(s, name, file);
  if (typeof f.value !== 'boolean') throw new ImportError(file, f.line, `${name} must be true or false, not ${String(f.value)}`);
  return f.value;
}

export function stringField(s: GoStruct, name: string, file: string): string {
  const f = field(s, name, file);
  if (typeof f.value !== 'string') throw new ImportError(file, f.line, `${name} must be a string, not ${String(f.value)}`);
  return f.value;
}

/** The line a field is on, for a message about its value. */
export function fieldLine(s: GoStruct, name: string): number {
  return s.fields.get(name)?.line ?? s.line;
}

/** Refuses a key given twice; Go would not compile it, so the file is damaged. */
export function checkUniqueKeys(entries: readonly GoMapEntry[], file: string): void {
  const seen = new Map<string, number>();
  for (const e of entries) {
    const first = seen.get(e.key);
    if (first !== undefined) throw new ImportError(file, e.line, `instance type ${e.key} is listed twice (first at line ${first})`);
    seen.set(e.key, e.line);
  }
}
