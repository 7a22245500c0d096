// IPv4 or IPv6: exactly one address family must be on (dual stack is not supported), and since the README and
// the code disagree on ENABLE_IPv4's default, leaving it unset is a gamble.
import { atLeast } from '../cni-version.js';
import { cniSetting } from '../settings/catalogue.js';
import { isReference, literal } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

const REFS = ['fact:ipv6/dualStack', 'setting:ENABLE_IPv4', 'setting:ENABLE_IPv6'];

/** Before ENABLE_IPv4 existed every VPC CNI ran IPv4 only: there is nothing to choose. */
function predatesFamilies(ctx: LintContext): boolean {
  const since = cniSetting(ctx.k, 'ENABLE_IPv4')?.introducedIn;
  return since !== null && since !== undefined && !atLeast(ctx.version.version, since);
}

export function addressFamilyRules(ctx: LintContext): Finding[] {
  const { k, config } = ctx;
  if (predatesFamilies(ctx) || isReference(config, 'ENABLE_IPv4') || isReference(config, 'ENABLE_IPv6')) return [];
  const v4 = literal(config, 'ENABLE_IPv4')?.toLowerCase();
  const v6 = literal(config, 'ENABLE_IPv6')?.toLowerCase() === 'true';
  if (v4 === 'true' && v6) {
    return [
      finding(k, {
        code: 'IPV4_AND_IPV6_BOTH_ENABLED',
        setting: 'ENABLE_IPv4',
        value: 'true',
        message: 'ENABLE_IPv4 and ENABLE_IPv6 are both true: the VPC CNI does not support dual stack and rejects the configuration. For IPv6 set ENABLE_IPv4=false.',
        refs: REFS,
      }),
    ];
  }
  if (v4 === 'false' && !v6) {
    return [
      finding(k, {
        code: 'IPV4_AND_IPV6_BOTH_DISABLED',
        setting: 'ENABLE_IPv4',
        value: 'false',
        message: 'ENABLE_IPv4 is false and ENABLE_IPv6 is not true: with neither address family on, the VPC CNI rejects the configuration. Set ENABLE_IPv4=true, or ENABLE_IPv6=true (with ENABLE_PREFIX_DELEGATION=true) for IPv6.',
        refs: REFS,
      }),
    ];
  }
  if (v4 === undefined) {
    return [
      finding(k, {
        code: 'ENABLE_IPV4_UNSET',
        setting: 'ENABLE_IPv4',
        message:
          'ENABLE_IPv4 is not set. The README gives its default as true, but ipamd treats a missing ENABLE_IPv4 as false, ' +
          (v6
            ? 'so whether IPv4 is on beside IPv6 depends on which is right. Set ENABLE_IPv4=false explicitly.'
            : 'which with IPv6 off would leave no address family and be rejected. Set ENABLE_IPv4=true explicitly, as the shipped manifest does.'),
        suggestion: v6 ? 'false' : 'true',
        refs: REFS,
      }),
    ];
  }
  return [];
}
