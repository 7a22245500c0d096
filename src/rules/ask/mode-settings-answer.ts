// "Which settings apply with prefix delegation?": the matrix's settings rows for the mode.
import { listInWords, MODE_LABELS } from '../../domain/labels.js';
import type { Knowledge } from '../../knowledge/types.js';
import { settingsFor } from '../settings-for-mode.js';
import type { Parts } from './answer-parts.js';
import type { Interpretation } from './interpret.js';

export function answerModeSettings(k: Knowledge, u: Interpretation): Parts {
  const mode = u.modes[0]!;
  const rows = settingsFor(k, mode);
  const applies = rows.filter((r) => r.applicable).map((r) => r.name);
  const doesNot = rows.filter((r) => !r.applicable).map((r) => r.name);
  return {
    message: {
      verdict: null,
      text:
        `With ${MODE_LABELS[mode]}, ${applies.length > 0 ? `${listInWords(applies)} appl${applies.length === 1 ? 'ies' : 'y'}` : 'none of the table’s settings apply'}` +
        `${doesNot.length > 0 ? `; ${listInWords(doesNot)} ${doesNot.length === 1 ? 'does' : 'do'} not` : ''}.`,
      points: rows.map((r) => ({ label: r.name, text: r.detail, sources: [r.source] })),
    },
    modeSettings: rows,
    followUps: applies.slice(0, 2).map((name) => `What does ${name} do?`),
  };
}
