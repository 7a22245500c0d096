// The knowledge:import command: regenerates the derived seed from upstream files laid out as
// DIR/<owner>/<repo>/<path> and prints the change report. Exit codes: 0 done (or, with --check, the seed matches),
// 1 with --check when the seed differs, 2 bad input or usage (nothing written).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_DIR } from '../db/paths.js';
import { ImportError } from './import-error.js';
import { renderChangeReport } from './render-report.js';
import { runImport, type ImportOutcome } from './run-import.js';

const EXIT = { OK: 0, DIFFERS: 1, BAD_INPUT: 2 } as const;
const USAGE = 'usage: npm run knowledge:import -- --from DIR [--check] [--json] [--seed DIR]';

function outcomeText(o: ImportOutcome, check: boolean, seedDir: string): string {
  if (o.report.seedMatches) return 'The seed matches these upstream files: nothing to write.';
  if (check) return 'The seed differs from these upstream files (--check: nothing written). Run the import without --check to update it.';
  return `Written: ${o.written.map((f) => join(seedDir, f)).join(', ')}.`;
}

export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

export function importCommand(argv: string[], io: CommandOutput): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, check: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, seed: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    io.err(`knowledge:import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return EXIT.BAD_INPUT;
  }
  if (!values.from) {
    io.err(`knowledge:import: --from is required\n${USAGE}\n`);
    return EXIT.BAD_INPUT;
  }
  const seedDir = values.seed ?? SEED_DIR;
  let outcome: ImportOutcome;
  try {
    outcome = runImport({ from: values.from, seedDir, check: values.check, date: new Date().toISOString().slice(0, 10) });
  } catch (error) {
    // Bad input is found before anything is written and named by file and line; anything else (a failed write) is shown whole.
    if (error instanceof ImportError) io.err(`knowledge:import: ${error.message}\nNothing was written.\n`);
    else io.err(`knowledge:import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.BAD_INPUT;
  }
  const { report } = outcome;
  io.out(values.json ? `${JSON.stringify({ ...report, written: outcome.written }, null, 2)}\n` : renderChangeReport(report, outcomeText(outcome, values.check, seedDir)));
  return values.check && !report.seedMatches ? EXIT.DIFFERS : EXIT.OK;
}
