// A question no intent fits: what was recognised, what was not (with the names it probably meant), and examples.
import { listInWords } from '../../domain/labels.js';
import { EXAMPLE_QUESTIONS } from './examples.js';
import type { Parts } from './answer-parts.js';
import type { Interpretation } from './interpret.js';
import { NOT_COVERED_REASONS } from './not-covered.js';

export function answerUnplaced(u: Interpretation, suggestions: readonly (readonly string[])[]): Parts {
  const read = u.recognised.map((r) => `"${r.text}" (${r.value})`);
  const unknown = u.unrecognised.map((t, i) => {
    const near = suggestions[i] ?? [];
    // Phrases are quoted; names (m5.large, WARM_IP_TARGET) stand as they are.
    const named = t.kind === 'UNCLEAR' ? near.map((n) => `"${n}"`) : near;
    const didYouMean = near.length > 0 ? `; did you mean ${listInWords(named, 'or')}?` : '.';
    if (t.kind === 'NOT_COVERED') return `"${t.text}" is ${NOT_COVERED_REASONS[t.category!]}.`;
    if (t.kind === 'UNCLEAR') return `I did not understand "${t.text}"${didYouMean}`;
    return `"${t.text}" is not ${t.kind === 'INSTANCE_TYPE' ? 'an instance type' : 'a setting'} I know${didYouMean}`;
  });
  return {
    message: {
      verdict: null,
      text: [
        'I could not place this question.',
        read.length > 0 ? `I recognised ${listInWords(read)}.` : 'I recognised no node type, mode, use case, instance type or setting in it.',
        ...unknown,
        'Try one of the example questions.',
      ].join(' '),
      points: [],
    },
    followUps: [...EXAMPLE_QUESTIONS],
  };
}
