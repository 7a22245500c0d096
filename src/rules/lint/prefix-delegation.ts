// IP prefixes: at least one warm or minimum target above zero, and an instance type that can take prefixes.
import { settingsFor } from '../settings-for-mode.js';
import { effectiveDefault } from '../settings/defaults.js';
import { isReference, isTrue, literal } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

/** With prefixes the VPC CNI refuses to start when every target that applies is zero or unset. */
function targetsZero(ctx: LintContext): Finding[] {
  // The targets that apply with prefixes are the matrix's settings rows marked "Yes" for IP prefixes: WARM_IP_TARGET,
  // MINIMUM_IP_TARGET and WARM_PREFIX_TARGET, the three the start-up check reads.
  const targets = settingsFor(ctx.k, 'IP_PREFIXES').filter((r) => r.applicable);
  if (targets.some((t) => isReference(ctx.config, t.name))) return [];
  const values = targets.map((t) => Number.parseInt(literal(ctx.config, t.name) ?? effectiveDefault(t.setting) ?? '0', 10));
  if (values.some((v) => v > 0)) return [];
  const names = targets.map((t) => t.name);
  return [
    finding(ctx.k, {
      code: 'PREFIX_DELEGATION_TARGETS_ZERO',
      setting: 'WARM_PREFIX_TARGET',
      value: literal(ctx.config, 'WARM_PREFIX_TARGET') ?? null,
      message: `Prefix delegation is on but ${names.join(', ')} are all zero or unset: the VPC CNI rejects that at start-up. Set WARM_PREFIX_TARGET=1 (the shipped value) or a warm or minimum IP target.`,
      suggestion: '1',
      refs: ['fact:prefix-delegation/zeroTargetsRejected', ...names.map((n) => `setting:${n}`)],
    }),
  ];
}

/** Prefixes need a Nitro-based or bare-metal instance type: IPv4 falls back to individual addresses, IPv6 does not start. */
function notNitro(ctx: LintContext): Finding[] {
  const type = ctx.instanceType;
  if (!type || type.hypervisor === 'nitro' || type.isBareMetal) return [];
  const ipv6 = isTrue(ctx.config, 'ENABLE_IPv6');
  return [
    finding(ctx.k, {
      code: 'PREFIX_DELEGATION_NOT_NITRO',
      otherwise: ipv6,
      setting: 'ENABLE_PREFIX_DELEGATION',
      value: literal(ctx.config, 'ENABLE_PREFIX_DELEGATION') ?? null,
      message:
        `${type.name} is not Nitro-based (hypervisor: ${type.hypervisor}) nor bare metal, so it cannot take prefixes: ` +
        (ipv6 ? 'with IPv6 the VPC CNI refuses to start.' : 'the VPC CNI logs a warning and falls back to individual IP addresses, and a max Pods computed for prefixes will not fit.'),
      refs: ['fact:prefix-delegation/instanceRequirement', 'setting:ENABLE_PREFIX_DELEGATION'],
    }),
  ];
}

export function prefixDelegationRules(ctx: LintContext): Finding[] {
  return ctx.modes.includes('IP_PREFIXES') ? [...targetsZero(ctx), ...notNitro(ctx)] : [];
}
