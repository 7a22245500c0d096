// Terminal renderings of plan and ipPlan answers: the human form, and plan's machine formats (add-on JSON, YAML).
import { SUBNET_ROLE_LABELS } from '../domain/labels.js';
import type { SubnetRole } from '../domain/vocabulary.js';
import { kebab, sourcesBlock } from './output.js';

const indent = (text: string, by: string) => text.replace(/\n$/, '').split('\n').map((line) => `${by}${line}`).join('\n');

export function formatPlan(p: any): string {
  const { marks: repeated, lines } = sourcesBlock(p.steps.map((s: any) => s.sources));
  // Sources that differ only in their quote share a number: show it once per step.
  const marks = repeated.map((m) => [...new Set(m.match(/\[\d+\]/g) ?? [])].join(''));
  const env = p.awsNodeEnv.map((e: any) => `  ${e.name}=${e.value}  (${e.reason})`);
  const steps = p.steps.flatMap((s: any, i: number) => [
    `  ${i + 1}. ${s.title}${marks[i] ? ` ${marks[i]}` : ''}`,
    ...(s.text !== s.title ? [indent(s.text, '     ')] : []),
    ...(s.content ? [indent(s.content, '       ')] : []),
    ...(s.placeholders.length > 0 ? [`     fill in: ${s.placeholders.join(', ')}`] : []),
  ]);
  return [
    p.summary,
    ...(env.length > 0 ? ['', `aws-node (${kebab(p.mode)}):`, ...env] : []),
    '',
    'Steps:',
    ...steps,
    '',
    'Left out:',
    ...p.leftOut.map((l: string) => `  - ${l}`),
    ...lines,
  ].join('\n');
}

/** Only the vpc-cni add-on's configuration values, for `aws eks update-addon --configuration-values`. */
export function formatAddonJson(p: any): string {
  const addon = p.steps.find((s: any) => s.kind === 'AWS_NODE_ADDON');
  return addon ? addon.content : '{}';
}

/** Every YAML of the plan, each under a comment naming its step. */
export function formatPlanYaml(p: any): string {
  return p.steps
    .filter((s: any) => s.format === 'YAML')
    .map((s: any) => `# ${s.title}\n${s.content.replace(/\n$/, '')}`)
    .join('\n---\n');
}

export function formatIpPlan(p: any): string {
  const { lines } = sourcesBlock([p.sources]);
  const what = `${p.nodes} × ${p.instanceType} (${kebab(p.mode)}${p.customNetworking ? ', custom networking' : ''}, VPC CNI ${p.cniVersion}), ${p.podsPerNode} Pods a node, ${p.warmPoolRule}`;
  const subnets = p.subnets.map((s: any) => {
    const role = SUBNET_ROLE_LABELS[s.role as SubnetRole];
    const size = s.smallestSubnetPrefixLength === null ? 'more than a /16' : `/${s.smallestSubnetPrefixLength}`;
    const fit = s.cidr ? `; ${s.cidr} holds ${s.nodesThatFit} nodes` : '';
    return `  ${role}: ${s.totalAddresses} addresses, smallest ${size}${fit}`;
  });
  return [
    what,
    `  per node:          ${p.interfacesPerNode} interfaces, ${p.prefixesPerNode !== null ? `${p.prefixesPerNode} prefixes` : `${p.secondaryAddressesPerNode} secondary addresses`}, ${p.addressesPerNode} addresses (${p.unusedAddressesPerNode} unused)`,
    ...subnets,
    '',
    'Arithmetic:',
    ...p.arithmetic.map((a: string) => `  ${a}`),
    ...p.warnings.map((w: string) => `  warning: ${w}`),
    ...lines,
  ].join('\n');
}
