// nodeadm's CEL environment for maxPodsExpression, as nodeadm builds it (internal/kubelet/eni_max_pods.go): three
// int variables from the instance type's data. Expressions are type-checked and evaluated by a maintained CEL
// implementation, not by podnet's own code.
import { Environment } from '@marcbachmann/cel-js';
import type { InstanceTypeLimits } from '../../src/knowledge/types.js';

const environment = new Environment()
  .registerVariable('default_enis', 'int')
  .registerVariable('ips_per_eni', 'int')
  .registerVariable('max_pods', 'int');

/** The type CEL gives the expression ("int" for a valid max Pods expression). */
export function celType(expression: string): string | undefined {
  return environment.check(expression).type;
}

/** What nodeadm would compute from the expression for this instance type. */
export function evaluateMaxPods(expression: string, t: InstanceTypeLimits): number {
  const standard = t.maxEnisDefaultCard * (t.ipv4PerEni - 1) + 2;
  const value = environment.evaluate(expression, {
    default_enis: BigInt(t.maxEnisDefaultCard),
    ips_per_eni: BigInt(t.ipv4PerEni),
    max_pods: BigInt(standard),
  });
  if (typeof value !== 'bigint') throw new Error(`${expression} gave ${String(value)}, not an int`);
  return Number(value);
}
