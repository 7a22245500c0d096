// Human-readable renderings of the API's answers for a terminal, with numbered sources.
interface SourceLike {
  document: string;
  location: string;
  url?: string | null;
}

export const kebab = (value: string) => value.toLowerCase().replace(/_/g, '-');

export function sourcesBlock(lists: readonly (readonly SourceLike[])[]): { marks: string[]; lines: string[] } {
  const seen: SourceLike[] = [];
  const marks = lists.map((sources) =>
    sources
      .map((s) => {
        let at = seen.findIndex((x) => x.document === s.document && x.location === s.location);
        if (at < 0) at = seen.push(s) - 1;
        return `[${at + 1}]`;
      })
      .join(''),
  );
  const lines = seen.length === 0 ? [] : ['', 'Sources:', ...seen.map((s, i) => `  [${i + 1}] ${s.document}, ${s.location}${s.url ? ` <${s.url}>` : ''}`)];
  return { marks, lines };
}

export function formatAsk(a: any): string {
  const { marks, lines } = sourcesBlock(a.facts.map((f: any) => f.sources));
  const facts = a.facts.map((f: any, i: number) => `  - ${f.label}: ${f.text}${marks[i] ? ` ${marks[i]}` : ''}`);
  const followUps = a.followUps.length > 0 ? ['', 'You could also ask:', ...a.followUps.map((q: string) => `  - ${q}`)] : [];
  return [a.text, ...(facts.length > 0 ? ['', ...facts] : []), ...lines, ...followUps].join('\n');
}

export function formatCompatibility(r: any): string {
  // Each mode's verdicts cite their sources (both sides where they disagree), and so does each conflict.
  const { marks, lines } = sourcesBlock([
    ...r.modes.map((m: any) => m.useCases.flatMap((u: any) => u.sources)),
    ...r.conflicts.map((c: any) => c.sources),
  ]);
  const modes = r.modes.map((m: any, i: number) => {
    const verdicts = m.useCases.map((u: any) => `${kebab(u.useCase)} ${kebab(u.support)}`).join(', ');
    const head = `  ${m.compatible ? '✓' : '✗'} ${kebab(m.mode)}: ${kebab(m.support)}${verdicts ? ` (${verdicts})` : ''}${marks[i] ? ` ${marks[i]}` : ''}`;
    return [head, ...m.requirements.map((req: string) => `      needs: ${req}`)].join('\n');
  });
  const conflicts = r.conflicts.map((c: any, i: number) => `  - ${c.reason}${marks[r.modes.length + i] ? ` ${marks[r.modes.length + i]}` : ''}`);
  const notes = r.notes.map((n: any) => `  - ${n.section === 'MATRIX_NOTE' ? `Note ${n.number}` : n.section === 'WINDOWS' ? 'Windows' : 'Scope'}: ${n.text}`);
  return [
    r.summary, '', 'Modes:', ...modes,
    ...(conflicts.length > 0 ? ['', 'Conflicts:', ...conflicts] : []),
    ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []),
    ...lines,
  ].join('\n');
}

export function formatDensity(d: any): string {
  const what = `${d.instanceType ?? 'Fargate'} (${kebab(d.nodeType)}, ${kebab(d.mode)}${d.customNetworking ? ', custom networking' : ''}, VPC CNI ${d.cniVersion})`;
  const recommended = d.recommendedMaxPods === null ? 'unknown' : String(d.recommendedMaxPods);
  const { lines } = sourcesBlock([d.sources]);
  return [
    what,
    `  max Pods:          ${d.maxPods}`,
    `  recommended:       ${recommended} (${d.recommendation})`,
    ...(d.podsWithSecurityGroups === null ? [] : [`  with own security groups: ${d.podsWithSecurityGroups}`]),
    `  formula:           ${d.formula}`,
    `  kubelet default:   ${d.kubeletDefault ?? 'unknown'} with ${kebab(d.provisioner)} (${d.kubeletDefaultFormula})`,
    ...(d.kubeReservedMemoryMiB === null ? [] : [`  kubelet reserves:  ${d.kubeReservedMemoryMiB} MiB of memory at the recommended max Pods`]),
    ...d.warnings.map((w: string) => `  warning: ${w}`),
    ...d.configuration.flatMap((c: any) => ['', `  ${c.title} (${c.scope})`, ...c.text.split('\n').map((line: string) => `    ${line}`)]),
    ...lines,
  ].join('\n');
}

export function formatLint(r: any): string {
  return r.summary;
}
