// The matrix as an HTML table, from the rules: one row per use case and per capability, one column per mode of
// every node type the knowledge has, grouped under their node type. A cell gives its verdict by colour and word and
// what it means; its sources (with the words they state it in and a link) show on hover or when a link in the cell
// has focus, and are in the page for screen readers all along. Under the table: the source document's statements
// and the disputes, where sources disagree.
import { capitalised, MODE_LABELS, USE_CASE_LABELS } from '../domain/labels.js';
import { CAPABILITIES, NODE_TYPES, USE_CASES, type StatementSection } from '../domain/vocabulary.js';
import type { Knowledge, Source } from '../knowledge/types.js';
import { disputes } from '../rules/disputes.js';
import { modes, type ModeInfo } from '../rules/modes.js';
import { nodeTypeInfo } from '../rules/node-types.js';
import { statements } from '../rules/statements.js';
import { escapeHtml, sourceCitation, supportBadge } from './assets/render.js';
import { PAGE_LABELS as labels } from './page-labels.js';

const STATEMENT_HEADINGS: Record<StatementSection, string> = {
  SCOPE: 'Scope of the table',
  MATRIX_NOTE: 'Notes',
  WINDOWS: 'Windows nodes',
};

function cellSources(sources: readonly Source[]): string {
  if (sources.length === 0) return '<span class="cell-sources">No source states it.</span>';
  const items = sources.map((s) => `<li>${sourceCitation(s)}</li>`).join('');
  return `<span class="cell-sources"><span class="cell-sources-title">Source${sources.length > 1 ? 's' : ''}</span><ul>${items}</ul></span>`;
}

function columnId(m: ModeInfo): string {
  return `col-${m.nodeType}-${m.mode}`;
}

interface MatrixRowView {
  id: string;
  label: string;
  cells: (m: ModeInfo) => string;
}

function rowsOf(k: Knowledge): { heading: string; rows: MatrixRowView[] }[] {
  const useCaseRows = USE_CASES.map((useCase, i) => ({
    id: `use-case-${useCase}`,
    label: capitalised(USE_CASE_LABELS[useCase]),
    cells: (m: ModeInfo) => {
      const v = m.useCases[i]!;
      return (
        `<td class="cell" data-use-case="${useCase}" data-node-type="${m.nodeType}" data-mode="${m.mode}" data-support="${v.support}">` +
        `${supportBadge(v.support, labels)}<span class="cell-text">${escapeHtml(v.detail)}</span>${cellSources(v.sources)}</td>`
      );
    },
  }));
  // A capability's heading is the matrix's own row heading.
  const capabilityRows = CAPABILITIES.map((capability, i) => ({
    id: `capability-${capability}`,
    label: k.matrix.rows.find((r) => r.capability === capability)?.label ?? capability,
    cells: (m: ModeInfo) => {
      const c = m.capabilities[i]!;
      const rating = c.value === null ? supportBadge('UNKNOWN', labels) : `<span class="rating">${escapeHtml(c.value)}</span>`;
      return (
        `<td class="cell" data-capability="${capability}" data-node-type="${m.nodeType}" data-mode="${m.mode}" data-value="${escapeHtml(c.value ?? '')}">` +
        `${rating}<span class="cell-text">${escapeHtml(c.detail)}</span>${cellSources(c.sources)}</td>`
      );
    },
  }));
  return [
    { heading: 'Use cases', rows: useCaseRows },
    { heading: 'Capabilities', rows: capabilityRows },
  ];
}

function table(k: Knowledge): string {
  const columns = modes(k);
  const groups = NODE_TYPES.map((nodeType) => ({ info: nodeTypeInfo(k, nodeType), columns: columns.filter((m) => m.nodeType === nodeType) })).filter(
    (g) => g.columns.length > 0,
  );
  const groupHeaders = groups
    .map((g) => `<th scope="colgroup" colspan="${g.columns.length}" id="group-${g.info.nodeType}">${escapeHtml(g.info.label)}</th>`)
    .join('');
  const columnHeaders = columns.map((m) => `<th scope="col" id="${columnId(m)}">${escapeHtml(m.title)}</th>`).join('');
  const colgroups = groups.map((g) => `<colgroup span="${g.columns.length}" class="node-type-group"></colgroup>`).join('');
  const bodies = rowsOf(k)
    .map(
      ({ heading, rows }) =>
        `<tbody><tr class="section"><th scope="rowgroup" colspan="${columns.length + 1}">${escapeHtml(heading)}</th></tr>` +
        rows.map((row) => `<tr id="${row.id}"><th scope="row">${escapeHtml(row.label)}</th>${columns.map(row.cells).join('')}</tr>`).join('') +
        '</tbody>',
    )
    .join('');
  return (
    `<div class="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0"><table class="matrix">` +
    `<caption id="matrix-caption">Which use cases each Pod networking mode supports, and how the modes rate, by node type. ` +
    `Hover over a cell, or move to its links with the keyboard, for its sources.</caption>` +
    `<colgroup class="row-headers"></colgroup>${colgroups}` +
    `<thead><tr><td rowspan="2"></td>${groupHeaders}</tr><tr>${columnHeaders}</tr></thead>${bodies}</table></div>`
  );
}

function statementSections(k: Knowledge): string {
  const sections = Object.entries(STATEMENT_HEADINGS) as [StatementSection, string][];
  return sections
    .map(([section, heading]) => {
      const items = statements(k, section);
      if (items.length === 0) return '';
      return (
        `<section class="statements" id="statements-${section}"><h3>${escapeHtml(heading)}</h3><ol>` +
        items.map((s) => `<li id="${escapeHtml(s.id)}"><p>${escapeHtml(s.text)}</p><p class="source">${sourceCitation(s.source)}</p></li>`).join('') +
        '</ol></section>'
      );
    })
    .join('');
}

function disputeSection(k: Knowledge): string {
  const found = disputes(k);
  const evidenceItems = found.map(
    (d) =>
      `<li class="dispute"><p><strong>${escapeHtml(`${nodeTypeInfo(k, d.nodeType).label}, ${MODE_LABELS[d.mode]}, ${USE_CASE_LABELS[d.useCase]}`)}</strong>: ` +
      `podnet answers ${supportBadge(d.verdict.support, labels)}, the most restrictive of:</p><ul>` +
      d.sides.map((e) => `<li>${supportBadge(e.support, labels)} ${escapeHtml(e.detail)} ${sidesCitations(e.sources)}</li>`).join('') +
      '</ul></li>',
  );
  // Questions on which two sources disagree (seed/disagreements.json): answered DISPUTED unless a source is trusted.
  const disagreementItems = k.disagreements.map(
    (d) =>
      `<li class="dispute"><p><strong>${escapeHtml(`${nodeTypeInfo(k, d.nodeType).label}: ${d.question}`)}</strong>: ` +
      `podnet answers ${supportBadge('DISPUTED', labels)} unless a source is trusted (<code>trustSource</code>):</p><ul>` +
      d.sides.map((side) => `<li>${supportBadge(side.support, labels)} ${escapeHtml(side.detail)} ${sidesCitations(side.sources)}</li>`).join('') +
      '</ul></li>',
  );
  const items = [...disagreementItems, ...evidenceItems];
  const body =
    items.length === 0
      ? '<p>None: wherever several sources speak to a cell, they agree on whether it works.</p>'
      : `<ul>${items.join('')}</ul>`;
  return `<section class="disputes" id="disputes"><h3>Disputes</h3>${body}</section>`;
}

function sidesCitations(sources: readonly Source[]): string {
  return sources.map((source) => `<span class="source">${sourceCitation(source)}</span>`).join(' ');
}

function sourceDocumentLink(k: Knowledge): string {
  const { title, url } = k.sourceDocument;
  return url === null ? `<cite>${escapeHtml(title)}</cite>` : `<cite><a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(title)}</a></cite>`;
}

const rendered = new WeakMap<Knowledge, string>();

/** The matrix section of the page: the table, then the statements and disputes under it. Worked out once per knowledge. */
export function matrixSection(k: Knowledge): string {
  let html = rendered.get(k);
  if (html === undefined) {
    html =
      `<section id="matrix" aria-labelledby="matrix-heading"><h2 id="matrix-heading">The matrix</h2>` +
      `<p>From ${sourceDocumentLink(k)}, ` +
      `with what upstream sources add for each node type.</p>${table(k)}${statementSections(k)}${disputeSection(k)}</section>`;
    rendered.set(k, html);
  }
  return html;
}
