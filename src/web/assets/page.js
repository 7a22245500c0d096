// The page's interactive parts: the checker and the max Pods form ask /graphql as they change and show the answer
// without a reload; the address keeps the question, so it can be shared; instance type names are suggested as they
// are typed; the configuration can be copied. Without this script the forms still work (the server answers the
// address they submit).
import {
  COMPATIBILITY_QUERY,
  INSTANCE_TYPE_SUGGESTIONS_QUERY,
  POD_DENSITY_QUERY,
  graphiqlHref,
  renderCompatibility,
  renderErrors,
  renderPodDensity,
} from './render.js';

const labels = JSON.parse(document.getElementById('page-labels').textContent);

async function ask(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  // A proxy in front of the service (a 502 page, a 413 from a load balancer) answers with HTML: say what came back.
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    return { data: null, errors: [{ message: `podnet answered ${response.status} ${response.statusText}, not with an answer: try again in a moment.` }] };
  }
  const answer = await response.json();
  return { data: answer.data ?? null, errors: answer.errors ?? [] };
}

/** Keeps a form's question in the address (replacing the form's own parameters) without a reload. */
function keepInAddress(parameters, names, hash) {
  const url = new URL(window.location.href);
  for (const name of names) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  url.hash = hash;
  window.history.replaceState(null, '', url);
}

/** Answers one question at a time: an answer that arrives after a newer question was asked is dropped. */
function latestOnly() {
  let asked = 0;
  return async (work, show) => {
    const ticket = ++asked;
    const result = await work();
    if (ticket === asked) show(result);
  };
}

function showAnswer(container, answer, render, suggestionHref) {
  container.innerHTML =
    answer.errors.length > 0 || answer.data === null ? renderErrors(answer.errors, suggestionHref) : render(answer.data);
  container.querySelectorAll('button.copy').forEach(enableCopy);
}

function failed(error) {
  return { data: null, errors: [{ message: `podnet could not be reached: ${error.message}` }] };
}

function setGraphiqlLink(id, query, variables) {
  const link = document.getElementById(id);
  if (link) link.href = graphiqlHref(query, variables);
}

// The compatibility checker.
const checker = document.getElementById('checker-form');
const checkerAnswer = document.getElementById('checker-answer');
const askChecker = latestOnly();

function checkerQuestion() {
  const form = new FormData(checker);
  return { nodeType: form.get('nodeType'), useCases: form.getAll('useCases') };
}

function check() {
  const variables = checkerQuestion();
  keepInAddress({ nodeType: variables.nodeType, useCases: variables.useCases.join(',') }, ['nodeType', 'useCases'], '#checker');
  setGraphiqlLink('checker-graphiql', COMPATIBILITY_QUERY, variables);
  checkerAnswer.setAttribute('aria-busy', 'true');
  return askChecker(
    () => ask(COMPATIBILITY_QUERY, variables).catch(failed),
    (answer) => {
      showAnswer(checkerAnswer, answer, (data) => renderCompatibility(data.compatibility, labels), () => '/');
      checkerAnswer.removeAttribute('aria-busy');
    },
  );
}

checker.addEventListener('change', check);
checker.addEventListener('submit', (event) => {
  event.preventDefault();
  check();
});

// Max Pods.
const density = document.getElementById('density-form');
const densityAnswer = document.getElementById('density-answer');
const instanceType = document.getElementById('density-instance-type');
const densityNodeType = document.getElementById('density-node-type');
const densityMode = document.getElementById('density-mode');
const densityProvisioner = document.getElementById('density-provisioner');
const suggestions = document.getElementById('instance-type-suggestions');
const askDensity = latestOnly();

/** Only the modes the chosen node type offers can be picked. */
function offerModes() {
  const nodeType = densityNodeType.value;
  for (const option of densityMode.options) {
    const offered = option.dataset.nodeTypes.split(' ').includes(nodeType);
    option.hidden = !offered;
    option.disabled = !offered;
  }
  if (densityMode.selectedOptions[0]?.disabled) densityMode.value = [...densityMode.options].find((o) => !o.disabled)?.value ?? '';
}

function densityQuestion() {
  return { instanceType: instanceType.value.trim(), nodeType: densityNodeType.value, mode: densityMode.value, provisioner: densityProvisioner.value || null };
}

function densityHref(variables) {
  return `/?${new URLSearchParams({ instanceType: variables.instanceType, densityNodeType: variables.nodeType, mode: variables.mode, provisioner: variables.provisioner ?? '' })}#density`;
}

function count() {
  const variables = densityQuestion();
  if (variables.instanceType === '') return;
  keepInAddress(
    { instanceType: variables.instanceType, densityNodeType: variables.nodeType, mode: variables.mode, provisioner: variables.provisioner ?? '' },
    ['instanceType', 'densityNodeType', 'mode', 'provisioner'],
    '#density',
  );
  setGraphiqlLink('density-graphiql', POD_DENSITY_QUERY, variables);
  densityAnswer.setAttribute('aria-busy', 'true');
  return askDensity(
    () => ask(POD_DENSITY_QUERY, variables).catch(failed),
    (answer) => {
      showAnswer(densityAnswer, answer, (data) => renderPodDensity(data, labels), (name) => densityHref({ ...variables, instanceType: name }));
      densityAnswer.removeAttribute('aria-busy');
    },
  );
}

densityNodeType.addEventListener('change', () => {
  offerModes();
  count();
});
densityMode.addEventListener('change', count);
densityProvisioner.addEventListener('change', count);
instanceType.addEventListener('change', count);
density.addEventListener('submit', (event) => {
  event.preventDefault();
  count();
});
// A suggested name in an error answers for that name at once.
densityAnswer.addEventListener('click', (event) => {
  const name = event.target.closest('[data-suggestion]')?.dataset.suggestion;
  if (!name) return;
  event.preventDefault();
  instanceType.value = name;
  count();
});

// Suggestions as the name is typed: the types of the family typed so far ("m5" or "m5.l" suggest m5's types).
let suggestedFamily = '';
const askSuggestions = latestOnly();
instanceType.addEventListener('input', () => {
  const family = instanceType.value.trim().toLowerCase().split('.')[0];
  if (family.length < 2 || family === suggestedFamily) return;
  suggestedFamily = family;
  askSuggestions(
    () => ask(INSTANCE_TYPE_SUGGESTIONS_QUERY, { family }).catch(failed),
    (answer) => {
      suggestions.replaceChildren(
        ...(answer.data?.instanceTypes ?? []).map((t) => Object.assign(document.createElement('option'), { value: t.name })),
      );
    },
  );
});

// Copying the configuration.
function enableCopy(button) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy by hand';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}

offerModes();
document.querySelectorAll('button.copy').forEach(enableCopy);
