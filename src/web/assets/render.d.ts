// Types of render.js for the server, which renders a question asked in the page's URL with it.

export interface PageLabels {
  support: Record<string, string>;
  useCases: Record<string, string>;
  modes: Record<string, string>;
  nodeTypes: Record<string, string>;
  provisioners: Record<string, string>;
}

export interface PageSource {
  document: string;
  location: string;
  quote: string;
  url: string | null;
}

export interface PageError {
  message: string;
  extensions?: { code?: string; suggestions?: unknown; [key: string]: unknown };
}

export const COMPATIBILITY_QUERY: string;
export const POD_DENSITY_QUERY: string;
export const INSTANCE_TYPE_SUGGESTIONS_QUERY: string;

export function escapeHtml(text: string | number): string;
export function withDefaults(query: string, variables: Record<string, unknown>): string;
export function graphiqlHref(query: string, variables: Record<string, unknown>): string;
export function supportBadge(support: string, labels: PageLabels): string;
export function sourceCitation(source: PageSource): string;
export function renderErrors(errors: readonly PageError[], suggestionHref: (name: string) => string): string;
/** `report` is the data of COMPATIBILITY_QUERY's `compatibility` field. */
export function renderCompatibility(report: unknown, labels: PageLabels): string;
/** `answer` is the data of POD_DENSITY_QUERY. */
export function renderPodDensity(answer: unknown, labels: PageLabels): string;
