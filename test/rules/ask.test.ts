import { describe, expect, it } from 'vitest';
import { ask } from '../../src/rules/ask/answer.js';
import { compatibility } from '../../src/rules/compatibility.js';
import { podDensity } from '../../src/rules/pod-density.js';
import { settingsFor } from '../../src/rules/settings-for-mode.js';
import { knowledge } from '../support/knowledge.js';
import { ASK_CORPUS } from './ask-corpus.js';

describe('ask', () => {
  it.each(ASK_CORPUS)('answers "$q" with follow-ups and without throwing', ({ q }) => {
    const answer = ask(knowledge, q);
    expect(answer.message.text.length).toBeGreaterThan(0);
    expect(answer.followUps.length).toBeGreaterThan(0);
    for (const followUp of answer.followUps) expect(ask(knowledge, followUp).understood.intent).not.toBe('UNKNOWN');
  });

  it.each(ASK_CORPUS)('says which stated terms of "$q" it did not apply, and only those', ({ q, notApplied }) => {
    const said = ask(knowledge, q).message.points.filter((p) => p.label === 'Not applied').map((p) => /^"([^"]+)"/.exec(p.text)![1]);
    expect(said).toEqual(notApplied ?? []);
  });

  it('returns the very report the compatibility query gives', () => {
    const answer = ask(knowledge, 'can I use network policy on fargate?');
    expect(answer.compatibility).toEqual([compatibility(knowledge, 'FARGATE', ['NETWORK_POLICY'])]);
    expect(answer.message.verdict).toBe('No');
  });

  it('answers for every node type when none is named', () => {
    const answer = ask(knowledge, 'ipv6 with custom networking?');
    expect(answer.compatibility.map((r) => r.nodeType)).toEqual(['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE', 'EKS_AUTO_MODE', 'HYBRID']);
    expect(answer.message.points.map((p) => p.label)).toEqual(['Amazon EC2 Linux nodes', 'Amazon EC2 Windows nodes', 'Fargate', 'EKS Auto Mode', 'EKS Hybrid Nodes']);
    expect(answer.message.points.every((p) => p.sources.some((s) => s.ref === 'statement:note-1'))).toBe(true);
  });

  it('narrows the answer to the mode the question names', () => {
    const answer = ask(knowledge, 'does network policy work with PD on linux?');
    expect(answer.message.verdict).toBe('Yes, with conditions');
    expect(answer.message.points.map((p) => p.label)).toEqual(['IP prefixes']);
  });

  it('answers security groups for Pods with prefix delegation as both on one node, as note 5 allows', () => {
    const answer = ask(knowledge, 'do pod security groups work with PD on linux?');
    expect(answer.message.verdict).toBe('Yes, with conditions');
    expect(answer.message.text).toContain('on one Amazon EC2 Linux node');
    expect(answer.message.points.map((p) => p.label)).toEqual(['Note 5', 'security groups for Pods', 'IP prefixes']);
    expect(answer.message.points[0]!.text).toContain('on the same node');
  });

  it('answers density questions with the podDensity result, custom networking included', () => {
    const answer = ask(knowledge, 'How many pods on an m5.large with custom networking?');
    expect(answer.podDensity).toEqual([podDensity(knowledge, { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', customNetworking: true })]);
    expect(answer.podDensity[0]!.maxPods).toBe(20);
    expect(answer.message.text).toContain('m5.large 20');
  });

  it('turns a refusal of the rules into the answer, not an error', () => {
    const answer = ask(knowledge, 'max pods on t3.large with SGP');
    expect(answer.podDensity).toEqual([]);
    expect(answer.message.points[0]!.text).toMatch(/not trunking compatible/);
  });

  it('explains a setting with its defaults and whether it applies to the mode named', () => {
    const answer = ask(knowledge, 'does WARM_ENI_TARGET matter with prefix delegation?');
    expect(answer.settings.map((s) => s.name)).toEqual(['WARM_ENI_TARGET']);
    expect(answer.message.text).toContain('It does not apply with IP prefixes.');
  });

  it('says which other settings make aws-node ignore a setting, citing where that is stated', () => {
    const answer = ask(knowledge, 'what does AWS_VPC_K8S_CNI_RANDOMIZESNAT do?');
    const override = answer.message.points.find((p) => p.text.startsWith('has no effect'));
    expect(override?.text).toMatch(/^has no effect with AWS_VPC_K8S_CNI_EXTERNALSNAT=true: /);
    expect(override?.sources.map((s) => s.ref)).toEqual(['setting:AWS_VPC_K8S_CNI_RANDOMIZESNAT']);
    expect(ask(knowledge, 'what does WARM_IP_TARGET do?').message.points.some((p) => p.text.startsWith('has no effect'))).toBe(false);
  });

  it('lists the settings rows of a mode', () => {
    const answer = ask(knowledge, 'which settings apply with prefix delegation?');
    expect(answer.modeSettings).toEqual(settingsFor(knowledge, 'IP_PREFIXES'));
  });

  it('never guesses: an unplaced question says what it recognised and suggests names', () => {
    const answer = ask(knowledge, 'm5.larg max pods');
    expect(answer.understood.intent).toBe('UNKNOWN');
    expect(answer.suggestions[0]![0]).toBe('m5.large');
    expect(answer.message.text).toContain('did you mean m5.large');
    expect(answer.compatibility).toEqual([]);
    expect(answer.podDensity).toEqual([]);
  });

  it('refuses a question longer than 500 characters', () => {
    expect(() => ask(knowledge, 'x'.repeat(501))).toThrow(/at most 500 characters/);
  });
});

describe('ask answers the question asked, or says it cannot', () => {
  const networkPolicyMinimum = compatibility(knowledge, 'EC2_LINUX', ['NETWORK_POLICY']).modes.find((m) => m.mode === 'IP_PREFIXES')!.useCases[0]!.minCniVersion!;

  it('applies a VPC CNI version older than a use case needs: No, with the version it needs', () => {
    const answer = ask(knowledge, 'netpol with PD on linux, vpc cni 1.13');
    expect(answer.understood.cniVersion).toBe('1.13.0');
    expect(answer.message.verdict).toBe('No');
    expect(answer.message.text).toContain(`network policy (VPC CNI) needs VPC CNI ${networkPolicyMinimum} or later; the question names 1.13.0`);
    expect(ask(knowledge, `netpol with PD on linux, vpc cni ${networkPolicyMinimum}`).message.verdict).toBe('Yes, with conditions');
  });

  it('applies the version to every node type when none is named', () => {
    const answer = ask(knowledge, 'netpol with PD on vpc cni 1.13');
    const linux = answer.message.points.find((p) => p.label === 'Amazon EC2 Linux nodes')!;
    expect(answer.message.text).toContain('Amazon EC2 Linux nodes: No');
    expect(linux.text).toContain(`needs VPC CNI ${networkPolicyMinimum} or later`);
  });

  it('says whether the version named has a setting', () => {
    const setting = knowledge.settings.find((s) => s.name === 'ENABLE_IPv6')!;
    expect(ask(knowledge, 'is ENABLE_IPv6 in vpc cni 1.9').message.text).toContain(`VPC CNI 1.9.0 does not have it: it came in ${setting.introducedIn}.`);
    expect(ask(knowledge, 'ENABLE_IPv6 on cni 1.19.0').message.text).toContain('VPC CNI 1.19.0 has it.');
  });

  it('does not answer an IPv6 density question with the IPv4 count', () => {
    const answer = ask(knowledge, 'max pods r5.2xlarge ipv6');
    const ipv4 = podDensity(knowledge, { instanceType: 'r5.2xlarge', mode: 'INDIVIDUAL_IPS' }).maxPods;
    expect(answer.understood.intent).toBe('POD_DENSITY');
    expect(answer.message.verdict).toBe('Unknown');
    expect(answer.podDensity).toEqual([]);
    expect(answer.message.text).not.toContain(String(ipv4));
    expect(answer.message.text).toContain('IPv6');
  });

  it('reads a misspelt use case and says how it read it', () => {
    const answer = ask(knowledge, 'secuirty groups for pods on fargate');
    expect(answer.compatibility).toEqual([compatibility(knowledge, 'FARGATE', ['SECURITY_GROUPS_FOR_PODS'])]);
    expect(answer.message.points).toContainEqual(expect.objectContaining({ label: 'Read as', text: '"secuirty groups for pods" as security groups for Pods.', inPlainText: true }));
  });

  it('reports a word it cannot read rather than answering the rest of the question', () => {
    const answer = ask(knowledge, 'can I use secruity grp on fargate');
    expect(answer.understood.intent).toBe('UNKNOWN');
    expect(answer.compatibility).toEqual([]);
    expect(answer.modes).toEqual([]);
    expect(answer.message.text).toContain('I did not understand "secruity"; did you mean "security groups for pods"');
  });

  it('names what it has no facts about instead of answering a nearby question', () => {
    const answer = ask(knowledge, 'max pods m5.large on ubuntu');
    expect(answer.understood.intent).toBe('UNKNOWN');
    expect(answer.podDensity).toEqual([]);
    expect(answer.message.text).toContain('"ubuntu" is an operating system podnet has no facts about');
    expect(ask(knowledge, 'cilium with prefix delegation').message.text).toContain('"cilium" is a CNI plugin podnet has no facts about');
    expect(ask(knowledge, 'security groups for pods on aks').message.text).toContain('"aks" is not Amazon EKS');
  });

  it('answers two modes on one node for each node type, with the note that allows it', () => {
    const answer = ask(knowledge, 'PD and SGP on the same node');
    expect(answer.message.text).toBe(
      'The answer depends on the node type: Amazon EC2 Linux nodes: Yes, with conditions, Amazon EC2 Windows nodes: No, Fargate: No, EKS Auto Mode: No and EKS Hybrid Nodes: No.',
    );
    const [linux, windows, fargate] = answer.message.points;
    expect(linux!.sources.some((s) => s.ref === 'statement:note-5')).toBe(true);
    expect(windows!.text).not.toContain('note 5');
    expect(fargate!.text).toContain('Fargate does not offer IP prefixes');
  });

  it('says when a density question names more node types than it answers for', () => {
    const answer = ask(knowledge, 'max pods m5.large on windows and fargate');
    expect(answer.podDensity.map((d) => d.nodeType)).toEqual(['EC2_WINDOWS']);
    expect(answer.message.points).toContainEqual(expect.objectContaining({ label: 'Not applied', inPlainText: true, text: expect.stringContaining('"fargate"') }));
  });
});
