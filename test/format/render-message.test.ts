import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/format/render-message.js';
import { compatibility } from '../../src/rules/compatibility.js';
import type { Message } from '../../src/rules/message.js';
import { graphql } from '../support/yoga.js';
import { knowledge } from '../support/knowledge.js';

const report = compatibility(knowledge, 'EC2_LINUX', ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS']);

describe('summary formats', () => {
  it('PLAIN is the short summary itself', () => {
    expect(renderMessage(report.message, 'PLAIN')).toBe(report.summary);
    expect(report.summary).not.toContain('\n');
  });

  it('MARKDOWN bolds the verdict, gives a bullet per mode and links each footnote', () => {
    const text = renderMessage(report.message, 'MARKDOWN');
    expect(text.startsWith('**Yes, with conditions:** custom networking')).toBe(true);
    expect(text).toContain('- **security groups for Pods**: works with conditions;');
    expect(text).toContain('`POD_SECURITY_GROUP_ENFORCING_MODE=standard`');
    expect(text).toMatch(/\n\[3\] \[Choosing Pod networking use cases - Amazon EKS\]\(https:\/\/docs\.aws\.amazon\.com\/[^)]+\): table row "Security group scope"/);
    expect(text.match(/^- /gm)).toHaveLength(3);
  });

  it('SLACK uses mrkdwn bold, bullets and <url|text> links, and escapes what Slack reserves', () => {
    const message: Message = {
      verdict: 'No',
      text: 'a <b> & c',
      points: [{ label: 'x', text: 'y', sources: [report.modes[0]!.useCases[1]!.sources[0]!] }],
    };
    const text = renderMessage(message, 'SLACK');
    expect(text).toBe(
      [
        '*No:* a &lt;b&gt; &amp; c',
        '',
        '• *x*: y [1]',
        '',
        '_Sources_',
        '[1] <https://docs.aws.amazon.com/eks/latest/userguide/pod-networking-use-cases.html|Choosing Pod networking use cases - Amazon EKS>: table row "Security group scope", column "Individual IP addresses assigned to network interface" (line 12)',
      ].join('\n'),
    );
  });

  it('numbers a source cited twice once', () => {
    const source = report.modes[0]!.useCases[1]!.sources[0]!;
    const text = renderMessage({ verdict: null, text: 't', points: [{ label: 'a', text: 'b', sources: [source] }, { label: 'c', text: 'd', sources: [source] }] }, 'MARKDOWN');
    expect(text.match(/\[1\]/g)).toHaveLength(3);
    expect(text).not.toContain('[2]');
  });

  it('is asked for with summary(format:) over GraphQL', async () => {
    const { data } = await graphql('{ compatibility(nodeType: FARGATE, useCases: [NETWORK_POLICY]) { plain: summary markdown: summary(format: MARKDOWN) slack: summary(format: SLACK) } }');
    expect(data.compatibility.plain).toMatch(/^No: /);
    expect(data.compatibility.markdown).toMatch(/^\*\*No:\*\* /);
    expect(data.compatibility.slack).toMatch(/^\*No:\* /);
    expect(data.compatibility.slack).toContain('• *Fargate*: does not work; network policy (VPC CNI) not supported');
  });
});
