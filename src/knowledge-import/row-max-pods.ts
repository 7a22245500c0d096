// The max Pods an instance-types.csv row gives a Linux node, as the change report states them for each type it
// lists: with individual IPs, with IP prefixes (Nitro only, else null) and the recommended value (null without vCPUs).
import { linuxMaxPods, recommendedCap } from '../rules/max-pods-arithmetic.js';
import type { InstanceTypeRow } from './instance-type-rows.js';

export interface RowMaxPods {
  maxPods: number;
  maxPodsWithPrefixes: number | null;
  recommendedMaxPods: number | null;
}

export function rowMaxPods(row: InstanceTypeRow): RowMaxPods {
  const enis = Number(row.maxEnisDefaultCard);
  const ipv4PerEni = Number(row.ipv4PerEni);
  const maxPods = linuxMaxPods(enis, ipv4PerEni, false);
  return {
    maxPods,
    maxPodsWithPrefixes: row.hypervisor === 'nitro' ? linuxMaxPods(enis, ipv4PerEni, true) : null,
    recommendedMaxPods: row.vcpus === '' ? null : Math.min(maxPods, recommendedCap(Number(row.vcpus))),
  };
}
