// aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt: "<instance type> <max Pods>" per line, "#" comments. The import
// does not take values from it; it compares them with the max Pods the VPC CNI limits give.
import { ImportError } from './import-error.js';

export interface EniMaxPods {
  name: string;
  line: number;
  maxPods: number;
}

const ROW = /^(\S+)\s+(\S+)$/;

export function parseEniMaxPods(text: string, file: string): Map<string, EniMaxPods> {
  const rows = new Map<string, EniMaxPods>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) return;
    const m = ROW.exec(t);
    if (!m) throw new ImportError(file, line, `expected "<instance type> <max Pods>", found ${t}`);
    const maxPods = Number(m[2]);
    if (!Number.isInteger(maxPods) || maxPods < 1) throw new ImportError(file, line, `max Pods must be a whole number of at least 1, not ${m[2]}`);
    const first = rows.get(m[1]!);
    if (first) throw new ImportError(file, line, `instance type ${m[1]} is listed twice (first at line ${first.line})`);
    rows.set(m[1]!, { name: m[1]!, line, maxPods });
  });
  if (rows.size === 0) throw new ImportError(file, null, 'no "<instance type> <max Pods>" line found');
  return rows;
}
