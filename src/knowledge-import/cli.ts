// `npm run knowledge:import -- --from DIR [--check] [--json] [--seed DIR]` (see command.ts).
import { importCommand } from './command.js';

process.exitCode = importCommand(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
