// Settings both aws-node and its init container read (ENABLE_IPv6 "must be set on both") must agree.
import type { CniSetting } from '../../knowledge/types.js';
import { effectiveDefault } from '../settings/defaults.js';
import { AWS_NODE_CONTAINER, entryOf, INIT_CONTAINER, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

/** The value a container runs with: its literal, else the default; null when it comes from a reference. */
function valueIn(env: readonly EnvEntry[], s: CniSetting): string | null {
  const e = entryOf(env, s.name);
  if (e?.reference) return null;
  return e?.value?.trim() || effectiveDefault(s);
}

export function initContainerRules(ctx: LintContext): Finding[] {
  const initEnv = ctx.config.initEnv;
  if (!initEnv) return [];
  return ctx.k.settings
    .filter((s) => s.containers.includes(AWS_NODE_CONTAINER) && s.containers.includes(INIT_CONTAINER))
    .flatMap((s) => {
      const main = valueIn(ctx.config.env, s);
      const init = valueIn(initEnv, s);
      if (main === null || init === null || main.toLowerCase() === init.toLowerCase()) return [];
      return [
        finding(ctx.k, {
          code: 'INIT_CONTAINER_MISMATCH',
          setting: s.name,
          value: main,
          message: `${s.name} is ${main} on the aws-node container but ${init} on the init container ${INIT_CONTAINER}; both read it, so set it the same on both.`,
          suggestion: main,
          refs: [`setting:${s.name}`],
        }),
      ];
    });
}
