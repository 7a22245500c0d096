// Settings aws-node ignores because of another setting's value (seed/setting-overrides.json): the SNAT settings
// with external SNAT, WARM_ENI_TARGET and WARM_PREFIX_TARGET with WARM_IP_TARGET or MINIMUM_IP_TARGET set, the
// settings IMDS-only mode forces. INFO or WARNING as no-effect.ts says. A value podnet cannot see (valueFrom) is
// judged too: whatever it is, it has no effect.
import { listInWords } from '../../domain/labels.js';
import type { SettingState } from '../../domain/vocabulary.js';
import { cniSetting } from '../settings/catalogue.js';
import { entryOf, isTrue, literal, type CniConfig } from './config.js';
import type { LintContext } from './context.js';
import type { Finding } from './finding.js';
import { noEffectFinding } from './no-effect.js';
import { VALUE_CHECKS } from './value-checks.js';

/** Whether a setting is in each state, as aws-node reads its value (the build checks each condition's type). */
const IN_STATE: Record<SettingState, (config: CniConfig, name: string) => boolean> = {
  TRUE: isTrue,
  ABOVE_ZERO: (config, name) => {
    const value = literal(config, name);
    return value !== undefined && VALUE_CHECKS.int!(value) === null && Number(value) > 0;
  },
};

export function overriddenSettingRules(ctx: LintContext): Finding[] {
  return [...ctx.k.settingOverrides.values()].flatMap((override) => {
    const entry = entryOf(ctx.config.env, override.setting);
    const setting = cniSetting(ctx.k, override.setting);
    // An empty value is no value: aws-node reads it as unset.
    if (!entry || !setting || entry.value?.trim() === '') return [];
    const holding = override.whenAny.filter((c) => IN_STATE[c.state](ctx.config, c.setting));
    if (holding.length === 0) return [];
    return [
      noEffectFinding(ctx.k, {
        code: 'SETTING_OVERRIDDEN',
        setting,
        entry,
        why: `with ${listInWords(holding.map((c) => `${c.setting}=${literal(ctx.config, c.setting)}`))}. ${override.reason}`,
        refs: [override.source.ref, ...holding.map((c) => `setting:${c.setting}`)],
      }),
    ];
  });
}
