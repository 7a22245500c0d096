// "What does WARM_IP_TARGET do?": each setting named, its defaults, the modes it applies in, the VPC CNI version the
// question names, and what makes aws-node ignore it.
import { listInWords, MODE_LABELS } from '../../domain/labels.js';
import type { PodNetworkingMode, SettingState } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge } from '../../knowledge/types.js';
import { atLeast } from '../cni-version.js';
import type { MessagePoint } from '../message.js';
import { cniSetting, settingOverride } from '../settings/catalogue.js';
import { defaultNote, effectiveDefault } from '../settings/defaults.js';
import { settingModes } from '../settings/setting-modes.js';
import type { Parts } from './answer-parts.js';
import type { Interpretation } from './interpret.js';

/** Whether the VPC CNI version the question names has the setting. */
function settingInVersion(s: CniSetting, version: string | null): string | null {
  if (version === null) return null;
  if (s.introducedIn && !atLeast(version, s.introducedIn)) return `VPC CNI ${version} does not have it: it came in ${s.introducedIn}.`;
  if (s.deprecatedIn && atLeast(version, s.deprecatedIn)) return `It has no effect in VPC CNI ${version}: deprecated in ${s.deprecatedIn}.`;
  return `VPC CNI ${version} has it.`;
}

function describeSetting(k: Knowledge, s: CniSetting, askedModes: readonly PodNetworkingMode[], version: string | null): string {
  const fallback = effectiveDefault(s);
  const facts = [
    s.type,
    fallback === null ? 'no default stated' : `default ${fallback === '' ? 'empty' : fallback}`,
    s.introducedIn ? `since VPC CNI ${s.introducedIn}` : null,
    s.deprecatedIn ? `deprecated in ${s.deprecatedIn}` : null,
  ].filter((f) => f !== null);
  const modes = settingModes(k, s);
  const applies = askedModes.map((m) => `It ${modes.includes(m) ? 'applies' : 'does not apply'} with ${MODE_LABELS[m]}.`);
  return [`${s.name} (${facts.join(', ')}): ${s.summary}`, defaultNote(s), ...applies, settingInVersion(s, version)].filter((t) => t !== null).join(' ');
}

const STATE_WORDS: Record<SettingState, (setting: string) => string> = { TRUE: (s) => `${s}=true`, ABOVE_ZERO: (s) => `${s} above 0` };

/** What makes aws-node ignore the setting, when another setting's value can. */
function overridePoints(k: Knowledge, s: CniSetting): MessagePoint[] {
  const override = settingOverride(k, s);
  if (override === null) return [];
  const conditions = override.whenAny.map((c) => STATE_WORDS[c.state](c.setting));
  return [{ label: s.name, text: `has no effect with ${listInWords(conditions, 'or')}: ${override.reason}`, sources: [override.source] }];
}

export function answerSettings(k: Knowledge, u: Interpretation): Parts {
  const settings = u.settings.map((name) => cniSetting(k, name)!);
  return {
    message: {
      verdict: null,
      text: settings.map((s) => describeSetting(k, s, u.modes, u.cniVersion)).join(' '),
      points: settings.flatMap((s) => [
        { label: s.name, text: `read by ${s.component}, set on ${listInWords([...s.containers])}`, sources: [s.source] },
        ...overridePoints(k, s),
      ]),
    },
    settings,
    followUps: [...new Set(settings.flatMap((s) => settingModes(k, s).slice(0, 1)).map((m) => `Which settings apply with ${MODE_LABELS[m]}?`))],
  };
}
