// Availability Zone names as a plan takes them ("us-west-2a", "us-gov-east-1b", a Local Zone "us-east-1-bos-1a"):
// ENIConfigs are named after them, so an AZ ID ("usw2-az1") or a Region would name nothing a node is labelled with.
import { RuleError } from '../rule-error.js';

const ZONE_NAME = /^[a-z]{2}(-[a-z]+)+-\d+(-[a-z]+-\d+)?[a-z]$/;
// Regions have a few dozen zones; past this the input is a mistake, and it bounds the YAML written.
export const MAX_ZONES = 32;

export function checkZones(zones: readonly string[]): string[] {
  if (zones.length > MAX_ZONES) {
    throw new RuleError('BAD_USER_INPUT', `availabilityZones takes at most ${MAX_ZONES} zones; ${zones.length} were given.`, { field: 'availabilityZones', max: MAX_ZONES });
  }
  const names = [...new Set(zones.map((z) => z.trim().toLowerCase()))];
  const bad = names.find((z) => !ZONE_NAME.test(z));
  if (bad !== undefined) {
    throw new RuleError(
      'BAD_USER_INPUT',
      `availabilityZones: "${bad}" is not an Availability Zone name such as us-west-2a (a zone ID such as usw2-az1, or a Region, does not match the topology.kubernetes.io/zone label the ENIConfigs are chosen by).`,
      { field: 'availabilityZones', value: bad },
    );
  }
  return names;
}
