// The landing page: the compatibility checker and the max Pods form, then the matrix. A question in the address
// (/?nodeType=EC2_LINUX&useCases=SNAT,IPV6, /?instanceType=m5.large&densityNodeType=EC2_LINUX&mode=IP_PREFIXES)
// is answered here, through the GraphQL schema, so the page answers it without JavaScript; with JavaScript the
// page's script asks /graphql as the forms change and renders the answer with the same code (assets/render.js).
import { capitalised } from '../domain/labels.js';
import { NODE_PROVISIONERS, NODE_TYPES, POD_NETWORKING_MODES, USE_CASES, type NodeType } from '../domain/vocabulary.js';
import type { Context } from '../graphql/builder.js';
import type { Knowledge } from '../knowledge/types.js';
import { nodeTypeInfo } from '../rules/node-types.js';
import {
  COMPATIBILITY_QUERY,
  escapeHtml,
  graphiqlHref,
  POD_DENSITY_QUERY,
  renderCompatibility,
  renderErrors,
  renderPodDensity,
} from './assets/render.js';
import { matrixSection } from './matrix-table.js';
import { PAGE_LABELS } from './page-labels.js';
import { answerPageQuery, type PageAnswer } from './page-queries.js';
import type { StaticAssets } from './static-assets.js';

export const MATRIX_QUERY = `# Every mode of every node type, with its verdict for each use case and its capabilities
query Matrix {
  modes {
    nodeType
    mode
    title
    useCases { useCase support detail sources { document location quote url } }
    capabilities { capability value detail sources { document location quote url } }
  }
}`;

/** The questions a page address asks; each is answered when present. */
export interface PageQuestions {
  compatibility: { nodeType: string; useCases: string[] } | null;
  /** provisioner null: the node type's default (podDensity's). */
  podDensity: { instanceType: string; nodeType: string; mode: string; provisioner: string | null } | null;
}

// No answer needs more values than the vocabulary has; an address listing more is cut, so its cost stays bounded.
const MAX_LISTED_VALUES = 32;

export function questionsOf(search: URLSearchParams): PageQuestions {
  const nodeType = search.get('nodeType');
  const useCases = [...new Set(search.getAll('useCases').flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
  const instanceType = search.get('instanceType')?.trim();
  return {
    compatibility: nodeType === null ? null : { nodeType, useCases: useCases.slice(0, MAX_LISTED_VALUES) },
    podDensity: instanceType
      ? { instanceType, nodeType: search.get('densityNodeType') ?? NODE_TYPES[0], mode: search.get('mode') ?? '', provisioner: search.get('provisioner') || null }
      : null,
  };
}

function option(value: string, label: string, selected: boolean, extra = ''): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}${extra}>${escapeHtml(label)}</option>`;
}

function nodeTypeOptions(k: Knowledge, selected: string): string {
  return NODE_TYPES.map((n) => option(n, nodeTypeInfo(k, n).label, n === selected)).join('');
}

function answerHtml(answer: PageAnswer | null, render: (data: Record<string, unknown>) => string, suggestionHref: (name: string) => string): string {
  if (answer === null) return '';
  if (answer.errors.length > 0 || answer.data === null) return renderErrors(answer.errors, suggestionHref);
  return render(answer.data);
}

/** A link to GraphiQL with the form's query and variables filled in; none when GraphiQL is off. */
function graphiqlLink(id: string, query: string, variables: Record<string, unknown>, graphiql: boolean): string {
  return graphiql ? ` <a id="${id}" class="graphiql-link" href="${escapeHtml(graphiqlHref(query, variables))}">Ask this in GraphiQL</a>` : '';
}

function checkerSection(k: Knowledge, question: PageQuestions['compatibility'], answer: PageAnswer | null, graphiql: boolean): string {
  const nodeType = question?.nodeType ?? NODE_TYPES[0];
  const chosen = new Set(question?.useCases ?? []);
  const useCases = USE_CASES.map(
    (u) =>
      `<li><label><input type="checkbox" name="useCases" value="${u}"${chosen.has(u) ? ' checked' : ''}> ${escapeHtml(capitalised(PAGE_LABELS.useCases[u]!))}</label></li>`,
  ).join('');
  const variables = { nodeType, useCases: [...chosen] };
  return (
    `<section id="checker" aria-labelledby="checker-heading"><h2 id="checker-heading">Which use cases go together?</h2>` +
    `<form id="checker-form" method="get" action="/">` +
    `<p><label for="checker-node-type">Node type</label> <select id="checker-node-type" name="nodeType">${nodeTypeOptions(k, nodeType)}</select></p>` +
    `<fieldset><legend>Use cases wanted together</legend><ul class="choices">${useCases}</ul></fieldset>` +
    `<p><button type="submit">Check</button>${graphiqlLink('checker-graphiql', COMPATIBILITY_QUERY, variables, graphiql)}</p>` +
    `</form><div id="checker-answer" class="answer" aria-live="polite">` +
    answerHtml(answer, (data) => renderCompatibility(data.compatibility, PAGE_LABELS), () => '/') +
    `</div></section>`
  );
}

function densitySection(k: Knowledge, question: PageQuestions['podDensity'], answer: PageAnswer | null, graphiql: boolean): string {
  const nodeType = question?.nodeType ?? NODE_TYPES[0];
  const offered = (n: NodeType) => nodeTypeInfo(k, n).modes;
  const selectedMode = question?.mode ?? offered(NODE_TYPES[0])[0];
  // Every mode some node type offers; the script shows only those of the chosen node type.
  const modes = POD_NETWORKING_MODES.map((m) => ({ mode: m, nodeTypes: NODE_TYPES.filter((n) => offered(n).includes(m)) }))
    .filter((m) => m.nodeTypes.length > 0)
    .map((m) => option(m.mode, capitalised(PAGE_LABELS.modes[m.mode]!), m.mode === selectedMode, ` data-node-types="${m.nodeTypes.join(' ')}"`))
    .join('');
  const provisioner = question?.provisioner ?? null;
  const provisioners =
    option('', 'The node type’s default', provisioner === null) +
    NODE_PROVISIONERS.map((p) => option(p, capitalised(PAGE_LABELS.provisioners[p]!), p === provisioner)).join('');
  const variables = { instanceType: question?.instanceType ?? 'm5.large', nodeType, mode: selectedMode, provisioner };
  const suggestionHref = (name: string) => `/?${new URLSearchParams({ instanceType: name, densityNodeType: nodeType, mode: selectedMode ?? '', provisioner: provisioner ?? '' })}#density`;
  return (
    `<section id="density" aria-labelledby="density-heading"><h2 id="density-heading">How many Pods fit on a node?</h2>` +
    `<form id="density-form" method="get" action="/#density">` +
    `<p><label for="density-instance-type">Instance type</label> <input id="density-instance-type" name="instanceType" list="instance-type-suggestions" ` +
    `autocomplete="off" spellcheck="false" required placeholder="m5.large" value="${escapeHtml(question?.instanceType ?? '')}">` +
    `<datalist id="instance-type-suggestions"></datalist></p>` +
    `<p><label for="density-node-type">Node type</label> <select id="density-node-type" name="densityNodeType">${nodeTypeOptions(k, nodeType)}</select></p>` +
    `<p><label for="density-mode">Pod networking mode</label> <select id="density-mode" name="mode">${modes}</select></p>` +
    `<p><label for="density-provisioner">What starts the node (sets kubelet’s max Pods)</label> <select id="density-provisioner" name="provisioner">${provisioners}</select></p>` +
    `<p><button type="submit">Count</button>${graphiqlLink('density-graphiql', POD_DENSITY_QUERY, variables, graphiql)}</p>` +
    `</form><div id="density-answer" class="answer" aria-live="polite">` +
    answerHtml(answer, (data) => renderPodDensity(data, PAGE_LABELS), suggestionHref) +
    `</div></section>`
  );
}

/** The labels the script renders answers with, as a data block (not run, so the page's CSP allows it). */
function labelsBlock(): string {
  return `<script type="application/json" id="page-labels">${JSON.stringify(PAGE_LABELS).replace(/</g, '\\u003c')}</script>`;
}

export async function renderPage(context: Context, questions: PageQuestions, assets: StaticAssets, graphiql: boolean): Promise<string> {
  const k = context.knowledge;
  const [compatibility, podDensity] = await Promise.all([
    questions.compatibility && answerPageQuery(context, COMPATIBILITY_QUERY, questions.compatibility),
    questions.podDensity && answerPageQuery(context, POD_DENSITY_QUERY, questions.podDensity),
  ]);
  const graphiqlNav = graphiql ? `<li><a href="${escapeHtml(graphiqlHref(MATRIX_QUERY, {}))}">GraphiQL</a></li>` : '';
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">' +
    '<title>podnet: Pod networking on Amazon EKS</title>' +
    `<link rel="icon" href="${assets.href('icon.svg')}" type="image/svg+xml"><link rel="stylesheet" href="${assets.href('page.css')}">` +
    `<script type="module" src="${assets.href('page.js')}"></script></head>` +
    `<body><a class="skip" href="#main">Skip to the content</a>` +
    '<header><h1>podnet <span>Pod networking on Amazon EKS</span></h1>' +
    `<nav aria-label="Sections"><ul><li><a href="#checker">Compatibility</a></li><li><a href="#density">Max Pods</a></li><li><a href="#matrix">Matrix</a></li>${graphiqlNav}</ul></nav></header>` +
    `<main id="main"><div class="tools">${checkerSection(k, questions.compatibility, compatibility, graphiql)}${densitySection(k, questions.podDensity, podDensity, graphiql)}</div>` +
    `${matrixSection(k)}</main>` +
    `<footer><p>Every answer is derived from cited sources. Data version <code>${escapeHtml(k.dataVersion.slice(0, 12))}</code>, ` +
    `VPC CNI ${escapeHtml(k.vpcCni.latestVersion)}.</p></footer>${labelsBlock()}</body></html>`
  );
}
