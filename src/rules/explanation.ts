// What an answer gathers while it is worked out: notes, warnings and the sources they rest on, each resolved.
import type { Knowledge, Source } from '../knowledge/types.js';

/** Each source once, by its ref: where a ref comes twice, at its first place, with its last value. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const placeOf = new Map<string, number>();
  const unique: Source[] = [];
  for (const source of sources) {
    const place = placeOf.get(source.ref);
    if (place === undefined) {
      placeOf.set(source.ref, unique.length);
      unique.push(source);
    } else {
      unique[place] = source;
    }
  }
  return unique;
}

/** Notes, warnings and sources gathered while answering. */
export class Explanation {
  readonly notes: string[] = [];
  readonly warnings: string[] = [];
  private readonly cited = new Map<string, Source>();

  constructor(private readonly k: Knowledge) {}

  cite(...sources: (Source | string | null)[]): void {
    for (const s of sources) {
      if (s === null) continue;
      const source = typeof s === 'string' ? citation(this.k, s) : s;
      this.cited.set(source.ref, source);
    }
  }

  note(text: string, ...sources: (Source | string | null)[]): void {
    this.notes.push(text);
    this.cite(...sources);
  }

  warn(text: string, ...sources: (Source | string | null)[]): void {
    this.warnings.push(text);
    this.cite(...sources);
  }

  get sources(): Source[] {
    return [...this.cited.values()];
  }
}

/** The value of a fact, by the reference that cites it ("fact:topic/key"). */
export function factValue(k: Knowledge, ref: string): unknown {
  const fact = k.facts.find((f) => f.source.ref === ref);
  if (!fact) throw new Error(`knowledge: no fact ${ref}`);
  return fact.value;
}

/** The source a reference names; a reference to nothing is a bug in the rule, so it throws. */
export function citation(k: Knowledge, ref: string): Source {
  const source = k.citations.get(ref);
  if (!source) throw new Error(`knowledge: unresolved source reference ${ref}`);
  return source;
}
