import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/rules/edit-distance.js';
import { findInstanceType, instanceTypesBySize, listInstanceTypes, MAX_PAGE_SIZE, requireInstanceType, suggestInstanceTypes } from '../../src/rules/instance-types.js';
import { knowledge } from '../support/knowledge.js';

describe('edit distance', () => {
  it.each([
    ['m5.larg', 'm5.large', 1],
    ['m5.large', 'm5.large', 0],
    ['t3.meduim', 't3.medium', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s -> %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('finding an instance type', () => {
  it('forgives case and surrounding spaces', () => {
    expect(findInstanceType(knowledge, ' M5.Large ')?.name).toBe('m5.large');
  });

  it('returns null for a name the data does not know', () => {
    expect(findInstanceType(knowledge, 'm5.huge')).toBeNull();
  });

  it.each([
    ['m5.larg', 'm5.large'],
    ['t3.meduim', 't3.medium'],
    ['c5.4xlarg', 'c5.4xlarge'],
    ['p5.48xl', 'p5.48xlarge'],
    ['m5,large', 'm5.large'],
  ])('suggests %s -> %s first', (asked, closest) => {
    const suggestions = suggestInstanceTypes(knowledge, asked);
    expect(suggestions[0]).toBe(closest);
    expect(suggestions.length).toBeLessThanOrEqual(5);
  });

  it('suggests nothing for a name nowhere near a known one', () => {
    expect(suggestInstanceTypes(knowledge, 'banana')).toEqual([]);
    expect(() => requireInstanceType(knowledge, 'banana')).toThrow(/List the known ones with instanceTypes/);
  });
});

describe('listing instance types', () => {
  it('filters by family, exactly', () => {
    const m5 = listInstanceTypes(knowledge, { family: 'm5' }, MAX_PAGE_SIZE).map((t) => t.name);
    expect(m5).toContain('m5.large');
    expect(m5).not.toContain('m5a.large');
    expect(m5.every((n) => n.startsWith('m5.'))).toBe(true);
  });

  it('filters by hypervisor, bare metal, trunking and vCPUs together', () => {
    const found = listInstanceTypes(knowledge, { hypervisor: 'nitro', bareMetal: false, trunking: 'NOT_COMPATIBLE', minVcpus: 2, maxVcpus: 2 }, MAX_PAGE_SIZE);
    expect(found.map((t) => t.name)).toContain('t3.large');
    for (const t of found) {
      expect(t).toMatchObject({ hypervisor: 'nitro', isBareMetal: false, trunkingCompatible: false, vcpus: 2 });
    }
  });

  it('counts the 80 Xen types and the 228 whose trunking is unknown', () => {
    expect(listInstanceTypes(knowledge, { hypervisor: 'xen' }, MAX_PAGE_SIZE)).toHaveLength(80);
    expect(listInstanceTypes(knowledge, { trunking: 'UNKNOWN' }, MAX_PAGE_SIZE)).toHaveLength(228);
  });

  it('leaves types with unknown vCPUs out of a vCPU filter', () => {
    expect(listInstanceTypes(knowledge, { family: 'c8ib', minVcpus: 0 }, MAX_PAGE_SIZE)).toEqual([]);
    expect(listInstanceTypes(knowledge, { family: 'c8ib' }, MAX_PAGE_SIZE).length).toBeGreaterThan(0);
  });

  it('pages through every type with first and after', () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = listInstanceTypes(knowledge, {}, MAX_PAGE_SIZE, after).map((t) => t.name);
      if (page.length === 0) break;
      seen.push(...page);
      after = page[page.length - 1];
    }
    expect(seen).toEqual(instanceTypesBySize(knowledge).map((t) => t.name));
    expect(new Set(seen)).toEqual(new Set(knowledge.instanceTypes.keys()));
    expect(seen).toHaveLength(1391);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 1.5])('refuses first = %s', (first) => {
    expect(() => listInstanceTypes(knowledge, {}, first)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('refuses an unknown after', () => {
    expect(() => listInstanceTypes(knowledge, {}, 10, 'm5.larg')).toThrow(expect.objectContaining({ code: 'UNKNOWN_INSTANCE_TYPE' }));
  });
});
