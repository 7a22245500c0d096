// Names: a variable aws-node does not read (with the real name it was probably meant to be), a name listed twice,
// a setting on a container that does not read it.
import type { Knowledge } from '../../knowledge/types.js';
import { settingReadAs } from '../settings/catalogue.js';
import { closestSetting } from '../settings/closest-setting.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

// Unknown names given a suggestion per container: a list of many unknown names is not a list of typos, and each
// suggestion compares a name with every setting.
export const MAX_SUGGESTED_NAMES = 10;

function unknownName(k: Knowledge, e: EnvEntry, container: string, suggest: boolean): Finding {
  const suggestion = suggest ? closestSetting(k, e.name) : null;
  const caseOnly = suggestion !== null && suggestion.toLowerCase() === e.name.toLowerCase();
  const hint = caseOnly
    ? ` Names are case-sensitive: write ${suggestion}.`
    : suggestion
      ? ` Did you mean ${suggestion}?`
      : '';
  return finding(k, {
    code: 'UNKNOWN_SETTING',
    setting: e.name,
    value: e.value,
    message: `The ${container} container sets ${e.name}, which the VPC CNI does not read, so it has no effect.${hint}`,
    suggestion,
    refs: suggestion ? [`setting:${suggestion}`] : ['document:vpc-cni'],
  });
}

function duplicates(k: Knowledge, env: readonly EnvEntry[], container: string): Finding[] {
  const names = env.map((e) => e.name);
  return [...new Set(names.filter((n, i) => names.indexOf(n) !== i))].map((name) => {
    const values = env.filter((e) => e.name === name).map((e) => e.value ?? e.reference);
    return finding(k, {
      code: 'DUPLICATE_SETTING',
      setting: name,
      message: `The ${container} container lists ${name} ${values.length} times (${values.join(', ')}); Kubernetes keeps the last one. Keep one entry.`,
      refs: k.citations.has(`setting:${name}`) ? [`setting:${name}`] : ['document:vpc-cni'],
    });
  });
}

function wrongContainer(k: Knowledge, e: EnvEntry, container: string, readers: readonly string[]): Finding {
  return finding(k, {
    code: 'SETTING_IN_WRONG_CONTAINER',
    setting: e.name,
    value: e.value,
    message: `${e.name} is set on the ${container} container, which does not read it: it belongs on ${readers.join(' and ')}.`,
    refs: [`setting:${e.name}`],
  });
}

function checkContainer(k: Knowledge, env: readonly EnvEntry[], container: string): Finding[] {
  const findings = duplicates(k, env, container);
  let unknown = 0;
  for (const e of env) {
    const setting = settingReadAs(k, e.name);
    if (!setting) findings.push(unknownName(k, e, container, unknown++ < MAX_SUGGESTED_NAMES));
    else if (!setting.containers.includes(container)) findings.push(wrongContainer(k, e, container, setting.containers));
  }
  return findings;
}

export function nameRules(ctx: LintContext): Finding[] {
  return [
    ...checkContainer(ctx.k, ctx.config.env, AWS_NODE_CONTAINER),
    ...(ctx.config.initEnv ? checkContainer(ctx.k, ctx.config.initEnv, INIT_CONTAINER) : []),
  ];
}
