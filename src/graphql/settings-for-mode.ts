import { settingsFor, type ModeSetting } from '../rules/settings-for-mode.js';
import { builder } from './builder.js';
import { CniSettingRef } from './cni-settings.js';
import { PodNetworkingModeEnum } from './enums.js';
import { SourceRef } from './source.js';

export const ModeSettingRef = builder.objectRef<ModeSetting>('ModeSetting').implement({
  description: 'One settings row of the matrix, for one mode: does this aws-node setting apply?',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The aws-node environment variable.' }),
    applicable: t.exposeBoolean('applicable', { description: 'True when the setting has an effect in this mode.' }),
    text: t.exposeString('text', { description: 'The matrix’s own word: "Yes" or "Not applicable".' }),
    detail: t.exposeString('detail', { description: 'What that means for this mode.' }),
    source: t.field({ type: SourceRef, description: 'The matrix cell.', resolve: (s) => s.source }),
    setting: t.field({ type: CniSettingRef, nullable: false, description: 'The setting’s full catalogue entry: type, defaults, versions, valid values.', resolve: (s) => s.setting }),
  }),
});

builder.queryField('settingsFor', (t) =>
  t.field({
    type: [ModeSettingRef],
    description: 'The VPC CNI settings the matrix lists, and whether each applies in this mode. For the settings a mode needs, see requiredSettings; for every setting, cniSettings.',
    args: { mode: t.arg({ type: PodNetworkingModeEnum, required: true, description: 'The Pod networking mode.' }) },
    resolve: (_root, args, ctx) => settingsFor(ctx.knowledge, args.mode),
  }),
);
