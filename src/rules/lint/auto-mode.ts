// EKS Auto Mode takes no aws-node settings: every one a configuration sets means nothing there (warm and minimum
// targets, prefix delegation, the rest), each with the statement that says so.
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';
import { settingOutsideMatrix } from '../settings/settings-outside-matrix.js';

export function autoModeRules(ctx: LintContext): Finding[] {
  return ctx.config.env.flatMap((e) => {
    const ruledOut = settingOutsideMatrix(ctx.k, ctx.mode, e.name);
    if (!ruledOut) return [];
    return [
      finding(ctx.k, {
        code: 'SETTING_NOT_APPLICABLE',
        setting: e.name,
        value: e.value,
        message: `${ruledOut.detail} Configure EKS Auto Mode's networking in its NodeClass.`,
        refs: [ruledOut.source.ref],
      }),
    ];
  });
}
