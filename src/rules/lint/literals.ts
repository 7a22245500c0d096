// How values are written: values podnet cannot see (valueFrom, envFrom), and values Kubernetes would refuse.
import type { Knowledge } from '../../knowledge/types.js';
import { settingReadAs } from '../settings/catalogue.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

function checkContainer(k: Knowledge, env: readonly EnvEntry[], container: string): Finding[] {
  return env.flatMap((e) => {
    const setting = settingReadAs(k, e.name);
    const refs = setting ? [`setting:${e.name}`] : ['document:vpc-cni'];
    if (e.reference !== null) {
      // The shipped manifest itself takes MY_NODE_NAME and MY_POD_NAME from the downward API.
      if (setting?.manifestValue === e.reference) return [];
      return [
        finding(k, {
          code: 'VALUE_NOT_LITERAL',
          setting: e.name,
          message: `${e.name} on the ${container} container takes its value from ${e.reference}, which podnet cannot see: it judged the configuration as if ${e.name} were unset.`,
          refs,
        }),
      ];
    }
    if (!e.quoted) {
      return [
        finding(k, {
          code: 'VALUE_NOT_A_STRING',
          setting: e.name,
          value: e.value,
          message: `${e.name} on the ${container} container is not written as a string (YAML reads ${e.value} unquoted as a number or boolean); Kubernetes accepts only strings as env values. Quote it: value: "${e.value}".`,
          suggestion: `"${e.value}"`,
          refs,
        }),
      ];
    }
    return [];
  });
}

export function literalRules(ctx: LintContext): Finding[] {
  const { k, config } = ctx;
  return [
    ...checkContainer(k, config.env, AWS_NODE_CONTAINER),
    ...(config.initEnv ? checkContainer(k, config.initEnv, INIT_CONTAINER) : []),
    ...config.envFrom.map((from) =>
      finding(k, {
        code: 'VALUE_NOT_LITERAL',
        message: `The aws-node container also takes variables from ${from} (envFrom), which podnet cannot see: it judged the configuration without them.`,
        refs: ['document:vpc-cni'],
      }),
    ),
  ];
}
