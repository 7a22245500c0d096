// The change report as Markdown, for a terminal or a pull request; the release notes in seed/CHANGELOG.md are the
// same text one heading level down, with the coverage gaps counted rather than listed.
import type { InstanceTypeListed } from './instance-type-changes.js';
import type { ChangeReport } from './plan-import.js';
import type { RowMaxPods } from './row-max-pods.js';

export interface RenderOptions {
  /** The level of the section headings (2: "##"). */
  headingLevel: number;
  /** List every instance type of a coverage gap, or only count them. */
  listCoverage: boolean;
}

const text = (v: unknown) => (v === null ? 'null' : v === '' ? '(empty)' : typeof v === 'string' ? v : JSON.stringify(v));
const figure = (v: number | null, none: string) => (v === null ? none : String(v));

function moved(label: string, from: number | null, to: number | null, none: string): string {
  return from === to ? `${label} ${figure(to, none)}` : `${label} ${figure(from, none)} → ${figure(to, none)}`;
}

function maxPodsMoves(before: RowMaxPods, after: RowMaxPods): string {
  return [
    moved('max Pods', before.maxPods, after.maxPods, 'unknown'),
    moved('with prefixes', before.maxPodsWithPrefixes, after.maxPodsWithPrefixes, 'n/a (not Nitro)'),
    moved('recommended', before.recommendedMaxPods, after.recommendedMaxPods, 'unknown'),
  ].join(', ');
}

const listedType = (t: InstanceTypeListed) => `- ${t.name}: ${maxPodsMoves(t, t)}`;

export function renderReport(r: ChangeReport, options: RenderOptions): string[] {
  const h = '#'.repeat(options.headingLevel);
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', `${h} ${title}`, '', ...lines);
  };

  section(
    'Upstream files',
    r.upstream.map((f) => `- ${f.repository} \`${f.path}\` @ ${f.revision ?? 'not in the upstream folder'}`),
  );

  const t = r.instanceTypes;
  section(`Instance types: ${t.count} (${t.count === t.previousCount ? 'unchanged' : `were ${t.previousCount}`})`, [
    ...(t.added.length ? [`Added (${t.added.length}):`, ...t.added.map(listedType)] : []),
    ...(t.removed.length ? [`Removed (${t.removed.length}):`, ...t.removed.map(listedType)] : []),
    ...(t.changed.length
      ? [
          `Changed (${t.changed.length}):`,
          ...t.changed.map((c) => `- ${c.name}: ${c.fields.map((f) => `${f.field} ${text(f.from)} → ${text(f.to)}`).join(', ')}; ${maxPodsMoves(c.before, c.after)}`),
        ]
      : []),
    ...(t.added.length + t.removed.length + t.changed.length === 0 ? ['No change.'] : []),
  ]);

  const s = r.settings;
  section(`Settings: ${s.count} (${s.count === s.previousCount ? 'unchanged' : `were ${s.previousCount}`})`, [
    ...(s.added.length
      ? [
          `Added, awaiting curation (${s.added.length}):`,
          ...s.added.map((a) => `- ${a.name} (README.md line ${a.line}): type ${a.readmeType}, default ${text(a.default)}${a.introducedIn ? `, since ${a.introducedIn}` : ''}`),
        ]
      : []),
    ...(s.dropped.length ? [`No longer described in the README (${s.dropped.length}; kept, documentedInReadme false):`, ...s.dropped.map((d) => `- ${d.name}`)] : []),
    ...(s.changed.length
      ? [`Changed (${s.changed.length}):`, ...s.changed.map((c) => `- ${c.name}: ${c.fields.map((f) => `${f.field} ${text(f.from)} → ${text(f.to)}`).join(', ')}`)]
      : []),
    ...(s.kept.length ? ['Curated values kept:', ...s.kept.map((k) => `- ${k.name}: ${k.field} ${k.value} (${k.why})`)] : []),
    ...(s.added.length + s.dropped.length + s.changed.length === 0 ? ['No change.'] : []),
  ]);

  section('Sources', [
    ...r.sources.changes.map((c) => `- ${c.document}${c.path ? ` \`${c.path}\`` : ' (document)'}: ${c.from ?? 'no revision recorded'} → ${c.to}`),
    ...r.sources.notes.map((n) => `- ${n}`),
  ]);

  section(
    `Source disagreements (${r.disagreements.length})`,
    r.disagreements.length === 0
      ? ['None: where two sources give a value for the same type, they give the same one.']
      : r.disagreements.map((d) => `- ${d.instanceType}, ${d.about}: ${d.values.map((v) => `${v.value} (${v.file}:${v.line})`).join(' vs ')}`),
  );

  section(
    'Coverage',
    r.coverage.map(
      (g) =>
        `- ${g.instanceTypes.length} listed in ${g.listedIn}, not in ${g.missingFrom}: ${g.consequence}` +
        (options.listCoverage ? `: ${g.instanceTypes.join(', ')}` : '.'),
    ),
  );
  return out;
}

/** The report a user reads after `npm run knowledge:import`. */
export function renderChangeReport(r: ChangeReport, outcome: string): string {
  return [`# Knowledge import from ${r.from}`, '', outcome, ...renderReport(r, { headingLevel: 2, listCoverage: true })].join('\n') + '\n';
}
