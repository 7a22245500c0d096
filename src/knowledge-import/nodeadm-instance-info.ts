// awslabs/amazon-eks-ami nodeadm/internal/kubelet/instance-info.jsonl: one JSON object per line with the instance
// type, its default card's interfaces and its IPv4 addresses per interface, which nodeadm computes max Pods from.
// The import compares them with the VPC CNI limits.
import { z } from 'zod';
import { ImportError } from './import-error.js';

export interface NodeadmInstanceInfo {
  name: string;
  line: number;
  defaultMaxEnis: number;
  ipv4PerInterface: number;
}

const row = z.object({
  instanceType: z.string().min(1),
  defaultMaxENIs: z.number().int().min(1),
  ipv4AddressesPerInterface: z.number().int().min(1),
});

export function parseNodeadmInstanceInfo(text: string, file: string): Map<string, NodeadmInstanceInfo> {
  const rows = new Map<string, NodeadmInstanceInfo>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new ImportError(file, line, 'not a JSON object');
    }
    const parsed = row.safeParse(json);
    if (!parsed.success) throw new ImportError(file, line, z.prettifyError(parsed.error).replace(/\n\s*/g, ' '));
    const { instanceType: name, defaultMaxENIs, ipv4AddressesPerInterface } = parsed.data;
    const first = rows.get(name);
    if (first) throw new ImportError(file, line, `instance type ${name} is listed twice (first at line ${first.line})`);
    rows.set(name, { name, line, defaultMaxEnis: defaultMaxENIs, ipv4PerInterface: ipv4AddressesPerInterface });
  });
  if (rows.size === 0) throw new ImportError(file, null, 'no instance type found');
  return rows;
}
