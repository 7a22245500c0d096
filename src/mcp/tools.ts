// The MCP tools: each is one query field of the GraphQL schema, run with the tool's arguments as the field's
// arguments (every argument the field takes, so an argument added to the field becomes a tool argument), a fixed
// selection, and a plain-text rendering of the result with its sources for the model to read.
import { SUBNET_ROLE_LABELS } from '../domain/labels.js';
import type { SubnetRole } from '../domain/vocabulary.js';
import { renderMessage } from '../format/render-message.js';
import type { Source } from '../knowledge/types.js';
import type { Message, MessagePoint } from '../rules/message.js';

export interface ToolDefinition {
  name: string;
  title: string;
  /** The query field the tool runs; its description and arguments are the tool's. */
  field: string;
  /** What the tool selects of the field's result: its structured content. */
  selection: string;
  /** The answer as text, from the field's result. */
  text(result: any): string;
}

const SOURCE = '{ ref document location url }';

interface SourcedRow {
  name: string;
  source: Source;
}

function listMessage(text: string, points: MessagePoint[]): string {
  const message: Message = { verdict: null, text, points };
  return renderMessage(message, 'MARKDOWN');
}

function densityText(d: any): string {
  const recommended = d.recommendedMaxPods === null ? '' : `; give kubelet ${d.recommendedMaxPods} (${d.recommendation})`;
  const withSgp = d.podsWithSecurityGroups === null ? [] : [{ label: 'security groups for Pods', text: `up to ${d.podsWithSecurityGroups} Pods with security groups of their own`, sources: [] }];
  return listMessage(`${d.instanceType ?? 'Fargate'} (${d.nodeType}, ${d.mode}, VPC CNI ${d.cniVersion}): ${d.maxPods} Pods at most${recommended}.`, [
    { label: 'formula', text: d.formula, sources: d.sources },
    ...withSgp,
    ...d.warnings.map((w: string) => ({ label: 'warning', text: w, sources: [] })),
  ]);
}

function settingsText(settings: (SourcedRow & { summary: string; type: string })[]): string {
  return listMessage(
    settings.length === 0 ? 'No aws-node setting matches.' : `${settings.length} aws-node setting${settings.length === 1 ? '' : 's'}.`,
    settings.map((s) => ({ label: s.name, text: `(${s.type}) ${s.summary}`, sources: [s.source] })),
  );
}

function modeSettingsText(rows: (SourcedRow & { applicable: boolean; detail: string })[]): string {
  const applies = rows.filter((r) => r.applicable).map((r) => r.name);
  return listMessage(
    `${applies.length} of the matrix’s ${rows.length} settings apply${applies.length > 0 ? `: ${applies.join(', ')}` : ''}.`,
    rows.map((r) => ({ label: r.name, text: r.detail, sources: [r.source] })),
  );
}

function planText(p: any): string {
  return listMessage(p.summary, [
    ...p.steps.map((step: any) => ({ label: step.title, text: step.content ? `${step.text}\n\n\`\`\`\n${step.content}\n\`\`\`` : step.text, sources: step.sources })),
    ...p.leftOut.map((text: string) => ({ label: 'left out', text, sources: [] })),
  ]);
}

function ipPlanText(p: any): string {
  const subnets = p.subnets.map((s: any) => ({
    label: SUBNET_ROLE_LABELS[s.role as SubnetRole],
    text: `${s.totalAddresses} addresses (${s.addressesPerNode} a node); smallest subnet ${s.smallestSubnetPrefixLength === null ? 'more than a /16' : `/${s.smallestSubnetPrefixLength}`}${s.cidr ? `; ${s.cidr} holds ${s.nodesThatFit} nodes` : ''}`,
    sources: [],
  }));
  return listMessage(
    `${p.nodes} × ${p.instanceType} (${p.mode}, ${p.podsPerNode} Pods a node): ${p.interfacesPerNode} interfaces and ${p.addressesPerNode} addresses a node, ${p.totalAddresses} in all.`,
    [...subnets, { label: 'arithmetic', text: p.arithmetic.join('; '), sources: p.sources }, ...p.warnings.map((w: string) => ({ label: 'warning', text: w, sources: [] }))],
  );
}

function askText(a: any): string {
  const followUps = a.followUps.length > 0 ? `\n\nYou could also ask:\n${a.followUps.map((q: string) => `- ${q}`).join('\n')}` : '';
  return `${a.markdown}${followUps}`;
}

export const TOOLS: readonly ToolDefinition[] = [
  {
    name: 'compatibility',
    title: 'Use cases on a node type',
    field: 'compatibility',
    selection: `{ nodeType useCases compatible support bestMode summary(format: MARKDOWN)
      modes { mode compatible support requirements useCases { useCase support detail sources ${SOURCE} } }
      conflicts { reason useCases disputed sources ${SOURCE} } notes { section number text source ${SOURCE} } }`,
    text: (r) => r.summary,
  },
  {
    name: 'pod_density',
    title: 'Pods per node',
    field: 'podDensity',
    selection: `{ instanceType nodeType mode customNetworking cniVersion prefixesApplied maxPods recommendedMaxPods recommendation
      podsWithSecurityGroups formula warnings provisioner kubeletDefault kubeletDefaultFormula kubeReservedMemoryMiB
      configuration { title text scope } sources ${SOURCE} }`,
    text: densityText,
  },
  {
    name: 'plan',
    title: 'Plan a node group’s Pod networking',
    field: 'plan',
    selection: `{ nodeType useCases mode cniVersion instanceType summary leftOut
      awsNodeEnv { name value reason }
      steps { kind title text content format placeholders sources ${SOURCE} } }`,
    text: planText,
  },
  {
    name: 'ip_plan',
    title: 'Size the subnets for a node group',
    field: 'ipPlan',
    selection: `{ instanceType mode nodes podsPerNode interfacesPerNode addressesPerNode totalAddresses arithmetic warnings
      subnets { role addressesPerNode totalAddresses smallestSubnetPrefixLength cidr nodesThatFit } sources ${SOURCE} }`,
    text: ipPlanText,
  },
  {
    name: 'cni_settings',
    title: 'aws-node settings catalogue',
    field: 'cniSettings',
    selection: `{ name type summary component containers introducedIn deprecatedIn modes defaultNote source ${SOURCE} }`,
    text: settingsText,
  },
  {
    name: 'settings_for_mode',
    title: 'Settings that apply in a mode',
    field: 'settingsFor',
    selection: `{ name applicable detail source ${SOURCE} }`,
    text: modeSettingsText,
  },
  {
    name: 'lint_cni_config',
    title: 'Check an aws-node configuration',
    field: 'lintCniConfig',
    selection: `{ ok mode nodeType cniVersion cniVersionOrigin useCases summary(format: MARKDOWN)
      findings { code severity setting value useCase message suggestion sources ${SOURCE} } }`,
    text: (r) => r.summary,
  },
  {
    name: 'ask',
    title: 'Ask in plain words',
    field: 'ask',
    selection: `{ question markdown
      understood { intent nodeTypes modes useCases instanceTypes settings cniVersion recognised { text kind value corrected } unrecognised { text kind suggestions } }
      facts { label text sources ${SOURCE} } followUps }`,
    text: askText,
  },
];
