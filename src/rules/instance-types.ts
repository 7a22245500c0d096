import type { InstanceTypeLimits, Knowledge } from '../knowledge/types.js';
import { closestName } from './closest-name.js';
import { RuleError } from './rule-error.js';

/** An EC2 instance type by name ("m5.large", any case); UNKNOWN_INSTANCE_TYPE with the nearest name otherwise. */
export function instanceTypeNamed(k: Knowledge, name: string): InstanceTypeLimits {
  const limits = k.instanceTypes.get(name.trim().toLowerCase());
  if (limits) return limits;
  const suggestion = closestName(name, k.instanceTypes.keys());
  throw new RuleError(
    'UNKNOWN_INSTANCE_TYPE',
    `The VPC CNI does not know the instance type "${name}"${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
    { instanceType: name, suggestion },
  );
}
