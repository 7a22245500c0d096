// The page's answers as HTML, from the GraphQL API's own answers: the server renders a question asked in the URL
// with it (the page works without JavaScript), and the page's script renders what it asks /graphql with it, so both
// show an answer the same way. Plain JavaScript, served as it is to the browser; render.d.ts types it for the server.
// Every text from an answer is escaped; the script puts the result in the page with innerHTML.

const SOURCE_FIELDS = 'fragment SourceFields on Source { document location quote url }';

export const COMPATIBILITY_QUERY = `query PageCompatibility($nodeType: NodeType!, $useCases: [UseCase!]!) {
  compatibility(nodeType: $nodeType, useCases: $useCases) {
    compatible
    support
    summary
    modes {
      mode
      compatible
      support
      requirements
      useCases { useCase support detail sources { ...SourceFields } }
      modeRequirements { text source { ...SourceFields } }
    }
    conflicts { useCases reason sources { ...SourceFields } }
    notes { id text source { ...SourceFields } }
  }
}
${SOURCE_FIELDS}`;

export const POD_DENSITY_QUERY = `query PagePodDensity($instanceType: String!, $nodeType: NodeType!, $mode: PodNetworkingMode!, $provisioner: NodeProvisioner) {
  podDensity(instanceType: $instanceType, nodeType: $nodeType, mode: $mode, provisioner: $provisioner) {
    instanceType
    nodeType
    mode
    cniVersion
    maxPods
    recommendedMaxPods
    recommendation
    formula
    notes
    warnings
    podsWithSecurityGroups
    provisioner
    kubeletDefault
    kubeletDefaultFormula
    kubeReservedMemoryMiB
    configuration { title text scope }
    sources { ...SourceFields }
  }
  requiredSettings(mode: $mode) { value setting { name } }
}
${SOURCE_FIELDS}`;

export const INSTANCE_TYPE_SUGGESTIONS_QUERY = `query PageInstanceTypes($family: String!) {
  instanceTypes(filter: { family: $family }, first: 100) { name }
}`;

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A value as a GraphQL literal of the variable's type: a String quoted, an enum value bare, a list of either. */
function literal(value, type) {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, type.replace(/^\[|\]!?$/g, ''))).join(', ')}]`;
  return typeof value === 'string' && !type.startsWith('String') && NAME.test(value) ? value : JSON.stringify(value);
}

/** The query with these values written in as its variables' defaults, so it runs as it is. */
export function withDefaults(query, variables) {
  return query.replace(/\$(\w+): ([\w!\[\]]+)/g, (definition, name, type) =>
    name in variables ? `${definition} = ${literal(variables[name], type)}` : definition,
  );
}

/**
 * The GraphiQL address that opens with this query and these values filled in. GraphiQL takes the query from its
 * address but not the variables, so the values are the variables' defaults.
 */
export function graphiqlHref(query, variables) {
  return `/graphql?${new URLSearchParams({ query: withDefaults(query, variables) })}`;
}

/** A verdict by word and colour: the class carries the colour, the word says it without it. */
export function supportBadge(support, labels) {
  return `<span class="verdict verdict-${escapeHtml(support.toLowerCase().replaceAll('_', '-'))}">${escapeHtml(labels.support[support] ?? support)}</span>`;
}

/** A source as a link (when it has an address) with where in it and its words. */
export function sourceCitation(source) {
  const title = source.url
    ? `<a href="${escapeHtml(source.url)}" rel="noreferrer">${escapeHtml(source.document)}</a>`
    : escapeHtml(source.document);
  return `<cite>${title}</cite>, ${escapeHtml(source.location)}: <q>${escapeHtml(source.quote)}</q>`;
}

function sourceList(sources) {
  if (sources.length === 0) return '<p class="sources">No source states it.</p>';
  return `<ul class="sources">${sources.map((s) => `<li>${sourceCitation(s)}</li>`).join('')}</ul>`;
}

function list(items, className) {
  return items.length === 0 ? '' : `<ul class="${className}">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

/** The errors of an answer, with the closest known names as links when the API suggests some. */
export function renderErrors(errors, suggestionHref) {
  return errors
    .map((e) => {
      const suggestions = Array.isArray(e.extensions?.suggestions) ? e.extensions.suggestions : [];
      const valid = Array.isArray(e.extensions?.validValues) ? `<p>Valid values: ${e.extensions.validValues.map((v) => `<code>${escapeHtml(v)}</code>`).join(', ')}</p>` : '';
      const links = suggestions.map((name) => `<li><a href="${escapeHtml(suggestionHref(name))}" data-suggestion="${escapeHtml(name)}">${escapeHtml(name)}</a></li>`);
      return (
        `<div class="error" role="alert"><p>${escapeHtml(e.message)}` +
        (e.extensions?.code ? ` <code>${escapeHtml(e.extensions.code)}</code>` : '') +
        `</p>${valid}${links.length > 0 ? `<p>Did you mean:</p><ul class="suggestions">${links.join('')}</ul>` : ''}</div>`
      );
    })
    .join('');
}

/** The compatibility checker's answer: the summary, one verdict per mode with its conditions, conflicts and notes. */
export function renderCompatibility(report, labels) {
  const modes = report.modes
    .map((m) => {
      const useCases = m.useCases
        .map(
          (v) =>
            `<li><span class="use-case">${escapeHtml(labels.useCases[v.useCase] ?? v.useCase)}</span> ${supportBadge(v.support, labels)}` +
            `<p>${escapeHtml(v.detail)}</p>${sourceList(v.sources)}</li>`,
        )
        .join('');
      const conditions = m.requirements.length > 0 ? `<h4>What it needs</h4>${list(m.requirements, 'conditions')}` : '';
      return (
        `<section class="mode-verdict" data-mode="${escapeHtml(m.mode)}" data-support="${escapeHtml(m.support)}">` +
        `<h3>${escapeHtml(labels.modes[m.mode] ?? m.mode)} ${supportBadge(m.support, labels)}</h3>` +
        conditions +
        (useCases ? `<h4>Use cases</h4><ul class="use-case-verdicts">${useCases}</ul>` : '') +
        `</section>`
      );
    })
    .join('');
  const conflicts =
    report.conflicts.length === 0
      ? ''
      : `<section class="conflicts"><h3>Conflicts</h3><ul>${report.conflicts
          .map((c) => `<li><p>${escapeHtml(c.useCases.map((u) => labels.useCases[u] ?? u).join(' + '))}: ${escapeHtml(c.reason)}</p>${sourceList(c.sources)}</li>`)
          .join('')}</ul></section>`;
  const notes =
    report.notes.length === 0
      ? ''
      : `<section class="answer-notes"><h3>Notes that bear on it</h3><ul>${report.notes
          .map((n) => `<li><p>${escapeHtml(n.text)}</p>${sourceList([n.source])}</li>`)
          .join('')}</ul></section>`;
  return (
    `<p class="summary" data-support="${escapeHtml(report.support)}">${supportBadge(report.support, labels)} ${escapeHtml(report.summary)}</p>` +
    `<div class="mode-verdicts">${modes}</div>${conflicts}${notes}`
  );
}

// The configuration is for Linux EC2 nodes: aws-node runs on Linux nodes only (its DaemonSet's node affinity), and
// nodeadm configures kubelet on Amazon Linux 2023. Other node types set these otherwise; none is shown for them.
/** The aws-node and kubelet configuration that goes with a max Pods answer on a Linux EC2 node. */
// The snippet to copy: the aws-node settings of the mode (on EC2 Linux nodes, where aws-node's settings are read) and
// the provisioner's first way of giving kubelet the recommended max Pods, as the API words it.
function densitySnippet(density, requiredSettings) {
  const lines = [];
  if (density.nodeType === 'EC2_LINUX' && requiredSettings.length > 0) {
    lines.push('# aws-node (VPC CNI) environment for this mode');
    for (const r of requiredSettings) lines.push(`${r.setting.name}=${r.value}`);
  }
  const first = density.configuration[0];
  if (first) {
    if (lines.length > 0) lines.push('');
    lines.push(`# ${first.title}`, first.text);
  }
  return lines.join('\n');
}

/** The max Pods answer: the numbers, the arithmetic, the configuration to give and the sources. */
export function renderPodDensity(answer, labels) {
  const d = answer.podDensity;
  const snippet = densitySnippet(d, answer.requiredSettings);
  const numbers = [
    ['Max Pods', d.maxPods],
    ['Recommended max Pods for kubelet', d.recommendedMaxPods ?? 'unknown'],
    ...(d.podsWithSecurityGroups === null ? [] : [['Pods with security groups of their own', d.podsWithSecurityGroups]]),
    [`What kubelet gets when nothing is set (${labels.provisioners[d.provisioner] ?? d.provisioner})`, d.kubeletDefault ?? 'unknown'],
    ...(d.kubeReservedMemoryMiB === null ? [] : [['Memory kubelet reserves at the recommended max Pods (MiB)', d.kubeReservedMemoryMiB]]),
    ['VPC CNI version assumed', d.cniVersion],
  ];
  // How the provisioner is told the recommended value: the API's snippets, each with what it is right for.
  const provisionerSnippets = d.configuration
    .slice(1)
    .map((c) => `<h4>${escapeHtml(c.title)}</h4><p>${escapeHtml(c.scope)}</p><pre tabindex="0"><code>${escapeHtml(c.text)}</code></pre>`)
    .join('');
  return (
    `<p class="summary">${escapeHtml(d.instanceType ?? labels.nodeTypes[d.nodeType] ?? d.nodeType)}, ${escapeHtml(labels.modes[d.mode] ?? d.mode)}</p>` +
    `<dl class="numbers">${numbers.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd data-number="${escapeHtml(term)}">${escapeHtml(value)}</dd></div>`).join('')}</dl>` +
    `<h3>The arithmetic</h3><p class="formula"><code>${escapeHtml(d.formula)}</code></p>${list(d.notes, 'density-notes')}` +
    `<p class="kubelet-default"><code>${escapeHtml(d.kubeletDefaultFormula)}</code></p>` +
    `<p>${escapeHtml(d.recommendation)}</p>` +
    (d.warnings.length > 0 ? `<h3>Warnings</h3>${list(d.warnings, 'warnings')}` : '') +
    (snippet
      ? `<h3 id="snippet-heading">Configuration</h3><div class="snippet"><pre tabindex="0" aria-labelledby="snippet-heading"><code id="density-snippet">${escapeHtml(snippet)}</code></pre>` +
        `<button type="button" class="copy" data-copy="density-snippet" hidden>Copy</button></div>` +
        (d.configuration[0] ? `<p>${escapeHtml(d.configuration[0].scope)}</p>` : '')
      : '') +
    (provisionerSnippets ? `<h3>Other ways with ${escapeHtml(labels.provisioners[d.provisioner] ?? d.provisioner)}</h3><div class="provisioner-snippets">${provisionerSnippets}</div>` : '') +
    `<h3>Sources</h3>${sourceList(d.sources)}`
  );
}
