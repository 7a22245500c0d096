// Settings aws-node ignores because of another setting's value (seed/setting-overrides.json): the SNAT settings
// with external SNAT, WARM_ENI_TARGET and WARM_PREFIX_TARGET with WARM_IP_TARGET or MINIMUM_IP_TARGET set, the
// settings IMDS-only mode forces. INFO or WARNING as no-effect.ts says. A value podnet cannot see (valueFrom) is
// judged too: whatever it is, it has no effect.
import { listInWords } from '../../domain/labels.js';
import type { SettingCondition } from '../../knowledge/types.js';
import { cniSetting } from '../settings/catalogue.js';
import { entryOf, isTrue, literal, type CniConfig } from './config.js';
import type { LintContext } from './context.js';
import type { Finding } from './finding.js';
import { noEffectFinding } from './no-effect.js';

function holds(config: CniConfig, condition: SettingCondition): boolean {
  if (condition.state === 'TRUE') return isTrue(config, condition.setting);
  // aws-node reads these numbers with strconv.Atoi: an optional sign and digits.
  const value = literal(config, condition.setting);
  return value !== undefined && /^[+-]?\d+$/.test(value) && Number(value) > 0;
}

export function overriddenSettingRules(ctx: LintContext): Finding[] {
  return [...ctx.k.settingOverrides.values()].flatMap((override) => {
    const entry = entryOf(ctx.config.env, override.setting);
    const setting = cniSetting(ctx.k, override.setting);
    // An empty value is no value: aws-node reads it as unset.
    if (!entry || !setting || entry.value?.trim() === '') return [];
    const holding = override.whenAny.filter((c) => holds(ctx.config, c));
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
