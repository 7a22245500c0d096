// aws/amazon-vpc-cni-k8s README.md, section "CNI Configuration Variables": one "#### `NAME` (version)" heading per
// aws-node setting, then "Type: ...", "Default: ..." and prose. The README is the source of the seed's readmeType,
// default, introducedIn, deprecatedIn and documentedInReadme; a new setting also takes its first sentence as a summary.
import { ImportError } from './import-error.js';

export interface ReadmeSetting {
  name: string;
  /** The heading's line. */
  line: number;
  readmeType: string;
  /** null where the README says "None"; "" where it says "empty" or `""`. */
  default: string | null;
  /** As the README writes versions: "v1.12.6". */
  introducedIn: string | null;
  deprecatedIn: string | null;
  /** The first sentence of its description. */
  firstSentence: string;
}

const SECTION = /^## CNI Configuration Variables\b/;
const HEADING = /^#### (.*)$/;
const SETTING_HEADING = /^`([A-Za-z0-9_]+)`(?:\s+\((.+)\))?\s*$/;
const VERSION = 'v\\d+\\.\\d+\\.\\d+';
const QUALIFIERS: { pattern: RegExp; read(m: RegExpExecArray): Pick<ReadmeSetting, 'introducedIn' | 'deprecatedIn'> }[] = [
  { pattern: new RegExp(`^(${VERSION})\\+$`), read: (m) => ({ introducedIn: m[1]!, deprecatedIn: null }) },
  { pattern: new RegExp(`^deprecated (?:in )?(${VERSION})\\+?$`), read: (m) => ({ introducedIn: null, deprecatedIn: m[1]! }) },
  {
    pattern: new RegExp(`^introduced in (${VERSION}), deprecated in (${VERSION})\\+?$`),
    read: (m) => ({ introducedIn: m[1]!, deprecatedIn: m[2]! }),
  },
];
const LABELLED = /^(Type|Default|Valid Values):\s*(.*)$/;

function readDefault(text: string): string | null {
  if (text === 'None') return null;
  if (text === 'empty') return '';
  const quoted = /^`(.*)`$/.exec(text);
  const value = quoted ? quoted[1]! : text;
  return value === '""' ? '' : value;
}

function firstSentenceOf(text: string): string {
  const plain = text.replace(/\\(.)/g, '$1');
  const end = plain.search(/\.(\s|$)/);
  return end < 0 ? plain : plain.slice(0, end + 1);
}

export function parseVpcCniReadme(text: string, file: string): ReadmeSetting[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => SECTION.test(l));
  if (start < 0) throw new ImportError(file, null, 'no "## CNI Configuration Variables" section');
  const settings: ReadmeSetting[] = [];
  let current: {
    name: string;
    line: number;
    qualifier: Pick<ReadmeSetting, 'introducedIn' | 'deprecatedIn'>;
    labels: Map<string, string>;
    /** The first paragraph of its description, line by line. */
    prose: string[];
    proseEnded: boolean;
  } | null = null;
  const finish = () => {
    if (!current) return;
    const { name, line, qualifier, labels, prose } = current;
    const readmeType = labels.get('Type');
    const defaultText = labels.get('Default');
    if (readmeType === undefined) throw new ImportError(file, line, `${name} has no "Type:" line`);
    if (defaultText === undefined) throw new ImportError(file, line, `${name} has no "Default:" line`);
    const first = settings.find((s) => s.name === name);
    if (first) throw new ImportError(file, line, `${name} is described twice (first at line ${first.line})`);
    settings.push({ name, line, readmeType, default: readDefault(defaultText), ...qualifier, firstSentence: firstSentenceOf(prose.join(' ')) });
  };
  let inCode = false;
  for (let i = start + 1; i < lines.length; i++) {
    const line = i + 1;
    const t = lines[i]!.trim();
    if (t.startsWith('```')) inCode = !inCode;
    if (inCode || t.startsWith('```')) continue;
    if (/^##? /.test(t)) break;
    const heading = HEADING.exec(t);
    if (heading) {
      finish();
      const setting = SETTING_HEADING.exec(heading[1]!);
      if (!setting) throw new ImportError(file, line, `heading "${heading[1]}" names no setting as \`NAME\``);
      const qualifierText = setting[2];
      const qualifier =
        qualifierText === undefined
          ? { introducedIn: null, deprecatedIn: null }
          : QUALIFIERS.map((q) => {
              const m = q.pattern.exec(qualifierText);
              return m ? q.read(m) : null;
            }).find((q) => q !== null);
      if (!qualifier) throw new ImportError(file, line, `cannot read the version in "(${qualifierText})"`);
      current = { name: setting[1]!, line, qualifier, labels: new Map(), prose: [], proseEnded: false };
      continue;
    }
    if (!current) continue;
    const labelled = LABELLED.exec(t);
    if (labelled) {
      if (!current.labels.has(labelled[1]!)) current.labels.set(labelled[1]!, labelled[2]!.trim());
    } else if (t === '') {
      current.proseEnded ||= current.prose.length > 0;
    } else if (!current.proseEnded && !t.startsWith('*Note*')) {
      current.prose.push(t);
    }
  }
  finish();
  if (settings.length === 0) throw new ImportError(file, start + 1, 'the "CNI Configuration Variables" section describes no setting');
  return settings;
}
