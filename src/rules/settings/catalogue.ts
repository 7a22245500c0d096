// The catalogue of aws-node settings: every environment variable the VPC CNI reads, looked up or searched.
import type { PodNetworkingMode } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge, SettingOverride } from '../../knowledge/types.js';
import { closestName } from '../closest-name.js';
import { RuleError } from '../rule-error.js';
import { settingModes } from './setting-modes.js';

// The catalogue by lower-cased name, built once per knowledge: every lookup by name reads it.
const byName = new WeakMap<Knowledge, ReadonlyMap<string, CniSetting>>();

/** Environment variable names are case-sensitive for aws-node, but people type them in any case. */
export function cniSetting(k: Knowledge, name: string): CniSetting | null {
  let index = byName.get(k);
  if (index === undefined) byName.set(k, (index = new Map(k.settings.map((s) => [s.name.toLowerCase(), s]))));
  return index.get(name.trim().toLowerCase()) ?? null;
}

/** The setting aws-node reads under exactly this name, as a configuration must spell it; null for any other spelling. */
export function settingReadAs(k: Knowledge, name: string): CniSetting | null {
  const setting = cniSetting(k, name);
  return setting?.name === name ? setting : null;
}

/** The setting of that name; an unknown name is UNKNOWN_SETTING with the closest known name, as lint suggests it. */
export function requireCniSetting(k: Knowledge, name: string): CniSetting {
  const found = cniSetting(k, name);
  if (found) return found;
  const near = closestName(name, k.settings.map((s) => s.name));
  const hint = near === null ? ' List them with cniSettings.' : ` Did you mean ${near}?`;
  throw new RuleError('UNKNOWN_SETTING', `"${name}" is not an aws-node setting.${hint}`, { setting: name, suggestions: near === null ? [] : [near] });
}

/** What makes aws-node ignore a setting, when another setting's value can. */
export function settingOverride(k: Knowledge, setting: CniSetting): SettingOverride | null {
  return k.settingOverrides.get(setting.name) ?? null;
}

function searchable(s: CniSetting): string {
  return [s.name, s.name.replaceAll('_', ' '), s.summary, s.notes ?? '', s.component, s.type].join(' ').toLowerCase();
}

/**
 * The settings that apply in a mode (every one when no mode is given) and whose name, summary, notes, component or
 * type contain every word of the search, in the catalogue's order.
 */
export function cniSettings(k: Knowledge, filter: { mode?: PodNetworkingMode | null; search?: string | null }): CniSetting[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return k.settings.filter(
    (s) => (!filter.mode || settingModes(k, s).includes(filter.mode)) && words.every((w) => searchable(s).includes(w)),
  );
}
