// The matrix's settings rows for one mode: which VPC CNI settings apply to it.
import type { PodNetworkingMode } from '../domain/vocabulary.js';
import type { CniSetting, Knowledge, Source } from '../knowledge/types.js';
import { cniSetting } from './settings/catalogue.js';
import { settingOutsideMatrix } from './settings/settings-outside-matrix.js';

export interface ModeSetting {
  name: string;
  applicable: boolean;
  /** The matrix's own word: "Yes" or "Not applicable". */
  text: string;
  detail: string;
  source: Source;
  /** The setting's catalogue entry (the seed build checks that every settings row names a known setting). */
  setting: CniSetting;
}

export function settingsFor(k: Knowledge, mode: PodNetworkingMode): ModeSetting[] {
  return k.matrix.rows
    .filter((r) => r.section === 'SETTING' && r.setting !== null)
    .map((r) => {
      const outside = settingOutsideMatrix(k, mode, r.setting!);
      if (outside) return { name: r.setting!, applicable: false, ...outside, setting: cniSetting(k, r.setting!)! };
      const cell = r.cells.find((c) => c.mode === mode)!;
      return {
        name: r.setting!,
        applicable: cell.support === 'SUPPORTED',
        text: cell.text,
        detail: cell.detail,
        source: cell.source,
        setting: cniSetting(k, r.setting!)!,
      };
    });
}
