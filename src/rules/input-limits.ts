// How much a request may ask the rules to read. Every limit bounds work that grows with the input: suggestions for a
// name, reading a question, parsing YAML, checking an env list. A value over a limit is BAD_USER_INPUT naming the
// limit (its configuration variable, its value and the length given), before any of that work is done.
import { RuleError } from './rule-error.js';

export interface InputLimits {
  /** Names and short values: instance types, setting names, versions, families, `after`. */
  maxNameLength: number;
  /** Free text: a question, a search, an env value. */
  maxTextLength: number;
  /** A manifest to lint, in UTF-16 code units (a byte or more each). */
  maxManifestBytes: number;
  /** YAML tokens (scalars, indicators, line breaks) of a manifest: what parsing it costs. */
  maxManifestTokens: number;
  /** Entries of an env list, given as pairs or in a manifest. */
  maxEnvEntries: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  // The longest instance type name is 24 characters and the longest setting name 39.
  maxNameLength: 128,
  // ask's own limit (answer.ts): longer questions are refused whatever is configured.
  maxTextLength: 500,
  // An aws-node DaemonSet as kubectl prints it is about 8 KiB; with its ConfigMap, ClusterRole and ServiceAccount
  // about 12 KiB.
  maxManifestBytes: 32 * 1024,
  // That DaemonSet is about 2,000 tokens.
  maxManifestTokens: 8000,
  // aws-node reads about 60 variables.
  maxEnvEntries: 200,
};

/** The environment variable that configures each limit, named in refusals so an operator knows what to raise. */
export const INPUT_LIMIT_VARIABLES: Record<keyof InputLimits, string> = {
  maxNameLength: 'INPUT_MAX_NAME_LENGTH',
  maxTextLength: 'INPUT_MAX_TEXT_LENGTH',
  maxManifestBytes: 'INPUT_MAX_MANIFEST_BYTES',
  maxManifestTokens: 'INPUT_MAX_MANIFEST_TOKENS',
  maxEnvEntries: 'INPUT_MAX_ENV_ENTRIES',
};

/**
 * The refusal of an input over a limit: the limit's variable and value (as `maxLength` for a length in characters, as
 * ask's refusal has always given it; else as `max`) and what was given.
 */
export function overLimit(limit: keyof InputLimits, max: number, what: string, given: number | 'more', unit: string): RuleError {
  return new RuleError('BAD_USER_INPUT', `${what} is at most ${max} ${unit} (${INPUT_LIMIT_VARIABLES[limit]}); this one has ${given}.`, {
    limit: INPUT_LIMIT_VARIABLES[limit],
    [unit === 'characters' ? 'maxLength' : 'max']: max,
    ...(given === 'more' ? {} : { given }),
  });
}
