// Settings the matrix marks "Not applicable" in every mode the configuration puts the node in (WARM_ENI_TARGET with
// prefixes, WARM_PREFIX_TARGET without them): INFO or WARNING as no-effect.ts says.
import { listInWords, MODE_LABELS } from '../../domain/labels.js';
import { settingsFor } from '../settings-for-mode.js';
import { entryOf } from './config.js';
import type { LintContext } from './context.js';
import type { Finding } from './finding.js';
import { noEffectFinding } from './no-effect.js';

export function applicabilityRules(ctx: LintContext): Finding[] {
  const rows = ctx.modes.map((m) => settingsFor(ctx.k, m));
  return rows[0]!.flatMap((row) => {
    const entry = entryOf(ctx.config.env, row.name);
    const inEffect = rows.map((r) => r.find((x) => x.name === row.name)!);
    // An empty value is no value: aws-node reads it as unset.
    if (!entry || entry.value?.trim() === '' || inEffect.some((r) => r.applicable)) return [];
    return [
      noEffectFinding(ctx.k, {
        code: 'SETTING_NOT_APPLICABLE',
        setting: row.setting,
        entry,
        why: `with ${listInWords(ctx.modes.map((m) => MODE_LABELS[m]))}: ${[...new Set(inEffect.map((r) => r.detail))].join(' ')}`,
        refs: inEffect.map((r) => r.source.ref),
      }),
    ];
  });
}
