// Sources for the numbers of one instance type and for the EKS max Pods calculator, built from the source documents
// (seed/sources.json) and the upstream files seed/README.md names for each column of instance-types.csv.
// Each is the same for the same knowledge and instance type: it is built once, frozen, and given again (a
// varying podDensity built them at every request, about a tenth of its rules' time: docs/performance.md).
import { revisionOfFile } from '../knowledge/file-revision.js';
import type { InstanceTypeLimits, Knowledge, Source } from '../knowledge/types.js';

/** Cites `file` of the document's repository at the revision it was imported at; `remark` follows its path. */
function upstream(k: Knowledge, documentId: string, ref: string, file: string, quote: string, remark = ''): Source {
  const document = k.sourceDocuments.find((d) => d.id === documentId);
  if (!document) throw new Error(`knowledge: no source document ${documentId}`);
  return {
    ref,
    document: document.title,
    location: `${document.location}: ${file}${remark}`,
    quote,
    url: document.url,
    revision: revisionOfFile(k.upstreamFiles, document, file),
  };
}

/** `build` once per instance type (an object of one knowledge), the result frozen. */
function oncePerType<T extends Source | null>(build: (k: Knowledge, t: InstanceTypeLimits) => T): (k: Knowledge, t: InstanceTypeLimits) => T {
  const built = new WeakMap<InstanceTypeLimits, T>();
  return (k, t) => {
    if (!built.has(t)) built.set(t, Object.freeze(build(k, t)));
    return built.get(t)!;
  };
}

/** Network cards, interfaces, addresses per interface, hypervisor and bare metal, from the VPC CNI's limits file. */
export const networkLimitsSource = oncePerType((k, t): Source => {
  const cards = t.maxEnisPerCard.map((c) => `card ${c.card}: ${c.maxEnis}`).join(', ');
  return upstream(
    k,
    'vpc-cni',
    `instance-type:${t.name}/network`,
    'pkg/vpc/vpc_ip_resource_limit.go',
    `${t.name}: hypervisor ${t.hypervisor}, bare metal ${t.isBareMetal}, ${t.networkCards} network card(s), default card ${t.defaultNetworkCardIndex}, ` +
      `network interfaces per card (${cards}), ${t.ipv4PerEni} IPv4 addresses per interface`,
  );
});

/** The default vCPUs, from the cluster autoscaler's table; null when that table does not list the type. */
export const vcpusSource = oncePerType((k, t): Source | null => {
  if (t.vcpus === null) return null;
  return upstream(k, 'cluster-autoscaler', `instance-type:${t.name}/vcpus`, 'cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go', `${t.name}: ${t.vcpus} vCPUs`);
});

/** Trunking compatibility and branch interfaces, from the VPC resource controller; null when it does not list the type. */
export const trunkingSource = oncePerType((k, t): Source | null => {
  if (t.trunkingCompatible === null) return null;
  return upstream(
    k,
    'vpc-resource-controller',
    `instance-type:${t.name}/trunking`,
    'pkg/aws/vpc/limits.go',
    `${t.name}: trunking compatible ${t.trunkingCompatible}, ${t.branchInterfaces ?? 'unknown'} branch interfaces`,
  );
});

/** Every source of the type's data. */
export function instanceTypeSources(k: Knowledge, t: InstanceTypeLimits): Source[] {
  return [networkLimitsSource(k, t), vcpusSource(k, t), trunkingSource(k, t)].filter((s): s is Source => s !== null);
}

const calculatorSources = new WeakMap<Knowledge, Source>();

/** The EKS AMI's max Pods calculator, whose arithmetic the Linux answers follow; the quote records what it does. */
export function calculatorSource(k: Knowledge): Source {
  if (!calculatorSources.has(k)) calculatorSources.set(k, Object.freeze(buildCalculatorSource(k)));
  return calculatorSources.get(k)!;
}

function buildCalculatorSource(k: Knowledge): Source {
  return upstream(
    k,
    'eks-ami',
    'calculator:max-pods',
    'templates/al2/runtime/max-pods-calculator.sh',
    'enis = the default network card\'s interfaces, capped by --cni-max-eni, one fewer with --cni-custom-networking-enabled; ' +
      'max Pods = enis * (ipv4PerEni - 1) + 2, or enis * ((ipv4PerEni - 1) * 16) + 2 with --cni-prefix-delegation-enabled ' +
      'when the hypervisor is "nitro" and the CNI version is 1.9.0 or later; ' +
      'recommended (unless --show-max-allowed) = the lower of max Pods and 110 (30 vCPUs or fewer) or 250 (more than 30 vCPUs)',
    ' (last version before its removal)',
  );
}
