// Settings the matrix marks "Not applicable" in every mode the configuration puts the node in (WARM_ENI_TARGET with
// prefixes, WARM_PREFIX_TARGET without them). Left at a default or the shipped manifest's value, such a setting is a
// harmless leftover (INFO); set to anything else, someone expected it to do something (WARNING).
import { listInWords, MODE_LABELS } from '../../domain/labels.js';
import { settingsFor } from '../settings-for-mode.js';
import { isDefaultOrShipped } from '../settings/defaults.js';
import { entryOf } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

export function applicabilityRules(ctx: LintContext): Finding[] {
  const rows = ctx.modes.map((m) => settingsFor(ctx.k, m));
  return rows[0]!.flatMap((row) => {
    const entry = entryOf(ctx.config.env, row.name);
    const inEffect = rows.map((r) => r.find((x) => x.name === row.name)!);
    // An empty value is no value: aws-node reads it as unset.
    if (!entry || entry.value?.trim() === '' || inEffect.some((r) => r.applicable)) return [];
    const value = entry.value?.trim() ?? null;
    const leftover = value !== null && isDefaultOrShipped(row.setting, value);
    return [
      finding(ctx.k, {
        code: 'SETTING_NOT_APPLICABLE',
        severity: leftover ? 'INFO' : 'WARNING',
        setting: row.name,
        value,
        message:
          `${row.name}${value === null ? '' : `=${value}`} has no effect with ${listInWords(ctx.modes.map((m) => MODE_LABELS[m]))}: ` +
          `${[...new Set(inEffect.map((r) => r.detail))].join(' ')}${leftover ? ' (It is at a default or the shipped value: harmless, but it can go.)' : ''}`,
        refs: inEffect.map((r) => r.source.ref),
      }),
    ];
  });
}
