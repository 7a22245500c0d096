// The feature table (which setting switches on what) agrees with the knowledge: a feature that is a mode is switched
// on by the setting the mode requires, and every tag the settings data uses has a row.
import { describe, expect, it } from 'vitest';
import { SETTING_TAGS } from '../../src/domain/vocabulary.js';
import { FEATURES, type FeatureTag } from '../../src/rules/settings/features.js';
import { requiredSettings } from '../../src/rules/settings/required-settings.js';
import { cniSetting } from '../../src/rules/settings/catalogue.js';
import { knowledge } from '../support/knowledge.js';

describe('the feature table', () => {
  it('names, for each mode it holds a switch for, the setting the mode requires to be true', () => {
    const modal = Object.values(FEATURES).filter((f) => f.mode !== null && f.switch !== null);
    expect(modal.length).toBeGreaterThan(0);
    for (const f of modal) {
      expect(requiredSettings(knowledge, f.mode!).map((r) => `${r.setting.name}=${r.value.toLowerCase()}`)).toContain(`${f.switch}=true`);
    }
  });

  it('switches with settings the catalogue holds, and covers every tag of the settings data', () => {
    for (const f of Object.values(FEATURES)) if (f.switch !== null) expect(cniSetting(knowledge, f.switch)?.name).toBe(f.switch);
    const used = new Set(knowledge.settings.flatMap((s) => [...s.appliesTo, ...s.conflictsWith]).filter((t) => t !== 'all'));
    expect(Object.keys(FEATURES).sort()).toEqual(SETTING_TAGS.filter((t): t is FeatureTag => t !== 'all').sort());
    for (const tag of used) expect(FEATURES).toHaveProperty(tag);
  });
});
