// Every one of the 1391 instance types, every mode: the numbers follow the formulas of the shared data README
// ("How EKS computes max Pods"), computed here straight from seed/instance-types.csv, not from the knowledge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/db/paths.js';
import { podDensity } from '../../src/rules/pod-density.js';
import { RuleError } from '../../src/rules/rule-error.js';
import { knowledge } from '../support/knowledge.js';

interface Row {
  name: string;
  vcpus: number | null;
  hypervisor: string;
  networkCards: number;
  enis: number;
  ipv4PerEni: number;
  trunking: string;
  branchInterfaces: number | null;
}

const [header, ...lines] = readFileSync(join(SEED_DIR, 'instance-types.csv'), 'utf8').trimEnd().split(/\r?\n/);
const column = (name: string) => header!.split(',').indexOf(name);
const rows: Row[] = lines.map((line) => {
  const f = line.split(',');
  const optional = (name: string) => (f[column(name)] === '' ? null : Number(f[column(name)]));
  return {
    name: f[column('instanceType')]!,
    vcpus: optional('vcpus'),
    hypervisor: f[column('hypervisor')]!,
    networkCards: Number(f[column('networkCards')]),
    enis: Number(f[column('maxEnisDefaultCard')]),
    ipv4PerEni: Number(f[column('ipv4PerEni')]),
    trunking: f[column('trunkingCompatible')]!,
    branchInterfaces: optional('branchInterfaces'),
  };
});

const secondaryIps = (enis: number, ipv4: number) => enis * (ipv4 - 1) + 2;
const prefixes = (enis: number, ipv4: number) => enis * ((ipv4 - 1) * 16) + 2;
const recommended = (r: Row, maxPods: number) => (r.vcpus === null ? null : Math.min(maxPods, r.vcpus <= 30 ? 110 : 250));

/** The formula text, evaluated: "(3 ENIs − 1 primary) × (10 − 1) + 2 = 20" -> 20, and the number after "=". */
function evaluate(formula: string): { value: number; stated: number } {
  const [arithmetic, stated] = formula.split('=');
  const expression = arithmetic!.replace(/\(maxEnis\)|ENIs?|primary|trunk/g, '').replaceAll('×', '*').replaceAll('−', '-');
  expect(expression).toMatch(/^[\d\s()*+-]+$/);
  return { value: Function(`return ${expression}`)() as number, stated: Number(stated) };
}

describe('pod density over every instance type', () => {
  it('knows all 1391 rows of the CSV', () => {
    expect(rows).toHaveLength(1391);
    expect(knowledge.instanceTypes.size).toBe(rows.length);
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s follows the formulas', (_name, r) => {
    const individual = podDensity(knowledge, { instanceType: r.name, mode: 'INDIVIDUAL_IPS' });
    expect(individual.maxPods).toBe(secondaryIps(r.enis, r.ipv4PerEni));
    expect(individual.recommendedMaxPods).toBe(recommended(r, individual.maxPods));
    // Only the default card counts; a type with more cards says so.
    expect(individual.warnings.some((w) => w.includes('network cards'))).toBe(r.networkCards > 1);
    expect(individual.sources.some((s) => s.ref === 'fact:max-pods/multiCardCaveat')).toBe(r.networkCards > 1);

    const custom = podDensity(knowledge, { instanceType: r.name, mode: 'INDIVIDUAL_IPS', customNetworking: true });
    expect(custom.maxPods).toBe(secondaryIps(r.enis - 1, r.ipv4PerEni));

    const capped = podDensity(knowledge, { instanceType: r.name, mode: 'INDIVIDUAL_IPS', maxEnis: 2 });
    expect(capped.maxPods).toBe(secondaryIps(Math.min(2, r.enis), r.ipv4PerEni));

    // The calculator counts prefixes only when the hypervisor is exactly "nitro".
    const prefixed = podDensity(knowledge, { instanceType: r.name, mode: 'IP_PREFIXES' });
    expect(prefixed.maxPods).toBe(r.hypervisor === 'nitro' ? prefixes(r.enis, r.ipv4PerEni) : secondaryIps(r.enis, r.ipv4PerEni));
    expect(prefixed.recommendedMaxPods).toBe(recommended(r, prefixed.maxPods));
    expect(prefixed.prefixesApplied).toBe(r.hypervisor === 'nitro');
    expect(prefixed.warnings.some((w) => w.includes('individual IP addresses'))).toBe(r.hypervisor !== 'nitro');

    // Before VPC CNI 1.9.0 no type gets prefixes.
    expect(podDensity(knowledge, { instanceType: r.name, mode: 'IP_PREFIXES', cniVersion: '1.8.4' }).maxPods).toBe(secondaryIps(r.enis, r.ipv4PerEni));

    for (const answer of [individual, custom, capped, prefixed]) {
      const { value, stated } = evaluate(answer.formula);
      expect(value).toBe(answer.maxPods);
      expect(stated).toBe(answer.maxPods);
    }

    const windows = podDensity(knowledge, { instanceType: r.name, mode: 'INDIVIDUAL_IPS', nodeType: 'EC2_WINDOWS' });
    expect(windows.maxPods).toBe(r.ipv4PerEni - 1);
    const windowsPrefixed = podDensity(knowledge, { instanceType: r.name, mode: 'IP_PREFIXES', nodeType: 'EC2_WINDOWS' });
    expect(windowsPrefixed.maxPods).toBe((r.ipv4PerEni - 1) * 16);
    expect(windowsPrefixed.recommendedMaxPods).toBe(Math.min(windowsPrefixed.maxPods, 110));
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s with security groups for Pods: the trunk takes a slot', (_name, r) => {
    if (r.trunking === 'false') {
      expect(() => podDensity(knowledge, { instanceType: r.name, mode: 'SECURITY_GROUPS_FOR_PODS' })).toThrow(
        expect.objectContaining({ code: 'NOT_SUPPORTED' }) as unknown as RuleError,
      );
      return;
    }
    const sgp = podDensity(knowledge, { instanceType: r.name, mode: 'SECURITY_GROUPS_FOR_PODS' });
    expect(sgp.maxPods).toBe(secondaryIps(r.enis - 1, r.ipv4PerEni));
    expect(sgp.podsWithSecurityGroups).toBe(r.trunking === 'true' ? r.branchInterfaces : null);
    expect(evaluate(sgp.formula).value).toBe(sgp.maxPods);
  });

  it('agrees with the VPC CNI’s eni-max-pods.txt: 952 types above 110, 599 above 250 (fact:max-pods/rangeInFile)', () => {
    const maxPods = rows.map((r) => podDensity(knowledge, { instanceType: r.name, mode: 'INDIVIDUAL_IPS' }).maxPods);
    expect(maxPods.filter((n) => n > 110)).toHaveLength(952);
    expect(maxPods.filter((n) => n > 250)).toHaveLength(599);
    expect(Math.min(...maxPods)).toBe(4);
    expect(Math.max(...maxPods)).toBe(1514);
    expect(String(knowledge.citations.get('fact:max-pods/rangeInFile')!.quote)).toContain('952 types > 110, 599 types > 250');
  });
});
