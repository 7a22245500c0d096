// What an import changes in seed/instance-types.csv: types added and removed, and each changed type field by field,
// each with the max Pods it gives before and after.
import { INSTANCE_TYPE_COLUMNS } from '../db/seed-files.js';
import type { InstanceTypeRow } from './instance-type-rows.js';
import type { FieldChange } from './merge-cni-settings.js';
import { rowMaxPods, type RowMaxPods } from './row-max-pods.js';

export interface InstanceTypeListed extends RowMaxPods {
  name: string;
}

export interface InstanceTypeChange {
  name: string;
  fields: FieldChange[];
  before: RowMaxPods;
  after: RowMaxPods;
}

export interface InstanceTypeChanges {
  count: number;
  previousCount: number;
  added: InstanceTypeListed[];
  removed: InstanceTypeListed[];
  changed: InstanceTypeChange[];
}

export function instanceTypeChanges(before: readonly InstanceTypeRow[], after: readonly InstanceTypeRow[]): InstanceTypeChanges {
  const old = new Map(before.map((r) => [r.instanceType, r]));
  const now = new Map(after.map((r) => [r.instanceType, r]));
  const listed = (r: InstanceTypeRow): InstanceTypeListed => ({ name: r.instanceType, ...rowMaxPods(r) });
  const changed: InstanceTypeChange[] = [];
  for (const r of after) {
    const o = old.get(r.instanceType);
    if (!o) continue;
    const fields = INSTANCE_TYPE_COLUMNS.filter((c) => o[c] !== r[c]).map((c) => ({ field: c, from: o[c], to: r[c] }));
    if (fields.length > 0) changed.push({ name: r.instanceType, fields, before: rowMaxPods(o), after: rowMaxPods(r) });
  }
  return {
    count: after.length,
    previousCount: before.length,
    added: after.filter((r) => !old.has(r.instanceType)).map(listed),
    removed: before.filter((r) => !now.has(r.instanceType)).map(listed),
    changed,
  };
}
