// What the linter reports: one problem (or note) about the configuration, with the sources of the rule it breaks.
import type { FindingCode, Severity, UseCase } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { severityOf } from './finding-severities.js';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The setting it concerns, spelled as the configuration spells it; null when it concerns no single setting. */
  setting: string | null;
  /** The value the configuration gives that setting, when it gives a literal one. */
  value: string | null;
  /** The use case it concerns, for the findings about use cases. */
  useCase: UseCase | null;
  message: string;
  /** What to write instead, when there is one answer: a setting's real name, a valid value. */
  suggestion: string | null;
  sources: readonly Source[];
}

export interface FindingInput {
  code: FindingCode;
  /** True for a finding of the kind that takes the code's other severity (finding-severities.ts). */
  otherwise?: boolean;
  message: string;
  /** Source references (`setting:`, `fact:`, `cell:`, `statement:`, `document:`) the rule rests on. */
  refs: readonly string[];
  setting?: string | null;
  value?: string | null;
  useCase?: UseCase | null;
  suggestion?: string | null;
}

/** A finding with its sources resolved; a reference to nothing is a bug in the rule, so it throws. */
export function finding(k: Knowledge, input: FindingInput): Finding {
  const sources = [...new Set(input.refs)].map((ref) => {
    const source = k.citations.get(ref);
    if (!source) throw new Error(`lint: rule ${input.code} cites ${ref}, which the knowledge does not hold`);
    return source;
  });
  return {
    code: input.code,
    severity: severityOf(input.code, input.otherwise ?? false),
    setting: input.setting ?? null,
    value: input.value ?? null,
    useCase: input.useCase ?? null,
    message: input.message,
    suggestion: input.suggestion ?? null,
    sources,
  };
}
