// ask with configuration and subnet-size questions: read as PLAN and IP_PLAN, answered by plan and ipPlan, the same
// answers the typed queries give; and the same through the Slack command.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestYoga, graphql } from '../support/yoga.js';

const ASK = /* GraphQL */ `
  query Ask($question: String!) {
    ask(question: $question) {
      text
      understood { intent useCases modes instanceTypes }
      plans { mode awsNodeEnv { name value } steps { kind } }
      ipPlans { nodes podsPerNode addressesPerNode targets { warmIpTarget } subnets { smallestSubnetPrefixLength nodesThatFit } }
      facts { label }
      followUps
    }
  }
`;

const ask = async (question: string) => (await graphql(ASK, { question })).data.ask;

describe('ask: plan and subnet-size questions', () => {
  it('"set up custom networking with prefixes on m5.large" is a plan', async () => {
    const a = await ask('set up custom networking with prefixes on m5.large');
    expect(a.understood).toMatchObject({ intent: 'PLAN', useCases: ['CUSTOM_NETWORKING'], modes: ['IP_PREFIXES'], instanceTypes: ['m5.large'] });
    expect(a.plans).toHaveLength(1);
    expect(a.plans[0].mode).toBe('IP_PREFIXES');
    expect(a.plans[0].awsNodeEnv).toContainEqual({ name: 'AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG', value: 'true' });
    const { data } = await graphql(`{ plan(input: { nodeType: EC2_LINUX, useCases: [CUSTOM_NETWORKING], mode: IP_PREFIXES, instanceType: "m5.large" }) { summary } }`);
    expect(a.text).toContain(data.plan.summary);
    expect(a.facts.map((f: { label: string }) => f.label)).toContain(`${a.plans[0].steps.length}. Set kubelet’s max Pods to 110`);
  });

  it('"how big a subnet for 50 m5.xlarge nodes with WARM_IP_TARGET=5" is an IP plan', async () => {
    const a = await ask('how big a subnet for 50 m5.xlarge nodes with WARM_IP_TARGET=5');
    expect(a.understood.intent).toBe('IP_PLAN');
    // m5.xlarge at its recommended 58 max Pods: 56 Pods with addresses fill its 4 × 14 secondary addresses, so
    // WARM_IP_TARGET cannot add any: 4 primary + 56 = 60 a node, 3000 for 50; a /20 holds 4091.
    expect(a.ipPlans).toEqual([
      { nodes: 50, podsPerNode: 56, addressesPerNode: 60, targets: { warmIpTarget: 5 }, subnets: [{ smallestSubnetPrefixLength: 20, nodesThatFit: null }] },
    ]);
    expect(a.text).toMatch(/^50 m5\.xlarge nodes with 56 Pods each .* take 60 addresses a node: the subnet needs 3000 addresses, a \/20 at least\./);
  });

  it('reads Pods per node and a CIDR, and keeps the CIDR out of the version', async () => {
    const a = await ask('how many m5.large nodes with 20 pods fit in 10.0.0.0/24?');
    expect(a.understood.intent).toBe('IP_PLAN');
    // 20 Pods: ⌈20/9⌉ = 3 interfaces busy, WARM_ENI_TARGET adds none past 3: 3 + 27 = 30 a node; 251 / 30 = 8.
    expect(a.ipPlans[0]).toMatchObject({ podsPerNode: 20, addressesPerNode: 30, subnets: [{ nodesThatFit: 8 }] });
  });

  it('a plan question for use cases that conflict answers with the reason', async () => {
    const a = await ask('set up ipv6 with custom networking');
    expect(a.understood.intent).toBe('PLAN');
    expect(a.plans).toEqual([]);
    expect(a.text).toMatch(/cannot be used together/);
  });

  it('a plan question the sources disagree on or are silent about opens with Disputed or Unknown, not No', async () => {
    for (const [question, nodeType, useCases, support, verdict] of [
      ['set up ipv6 with security groups for pods on EC2 Linux', 'EC2_LINUX', 'IPV6, SECURITY_GROUPS_FOR_PODS', 'DISPUTED', 'Disputed'],
      ['set up ipv6 on EKS Auto Mode', 'EKS_AUTO_MODE', 'IPV6', 'UNKNOWN', 'Unknown'],
    ]) {
      const { data } = await graphql(`{ compatibility(nodeType: ${nodeType}, useCases: [${useCases}]) { compatible support } }`);
      expect(data.compatibility).toEqual({ compatible: false, support });
      const a = await ask(question!);
      expect(a.understood.intent).toBe('PLAN');
      expect(a.plans).toEqual([]);
      expect(a.text).toMatch(new RegExp(`^${verdict}: No plan`));
    }
  });

  it('keeps the other intents: public subnets, Pod density with a mode named in "IP addresses"', async () => {
    expect((await ask('can fargate pods run in public subnets')).understood.intent).toBe('COMPATIBILITY');
    expect((await ask('can m5.large pods run in public subnets')).understood.intent).toBe('POD_DENSITY');
    expect((await ask('How many Pods fit on an m5.large with prefix delegation?')).understood.intent).toBe('POD_DENSITY');
    expect((await ask('How many Pods fit on m5.large with individual IP addresses?')).understood.intent).toBe('POD_DENSITY');
    expect((await ask('Set up individual IP addresses on m5.xlarge')).understood.intent).toBe('PLAN');
  });

  it('every follow-up it offers is a question it places', async () => {
    for (const question of ['set up custom networking with prefixes on m5.large', 'how big a subnet for 50 m5.xlarge nodes with WARM_IP_TARGET=5']) {
      for (const followUp of (await ask(question)).followUps) expect((await ask(followUp)).understood.intent).not.toBe('UNKNOWN');
    }
  });
});

describe('Slack: plan questions through ask', () => {
  const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
  const t = createTestYoga({ SLACK_SIGNING_SECRET: SECRET });

  it('answers a subnet-size question', async () => {
    const body = new URLSearchParams({ command: '/podnet', text: 'how big a subnet for 50 m5.xlarge nodes with WARM_IP_TARGET=5', user_id: 'U1' }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const response = await t.yoga.fetch('http://podnet.test/integrations/slack/command', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
      body,
    });
    const reply = await response.json();
    expect(reply.text).toMatch(/the subnet needs 3000 addresses, a \/20 at least/);
  });
});
