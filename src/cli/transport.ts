// Sends a GraphQL request either to the schema executed in this process on the embedded database, or to a
// running podnet service. The answer is the same: both go through the same schema and rules.

export interface GraphQLResult {
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export class ServiceUnavailable extends Error {}

export type Transport = (query: string, variables: Record<string, unknown>) => Promise<GraphQLResult>;

async function send(fetcher: (init: RequestInit) => Promise<Response>, query: string, variables: Record<string, unknown>): Promise<GraphQLResult> {
  const response = await fetcher({
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new ServiceUnavailable(`The service answered ${response.status} ${response.statusText}, not GraphQL.`);
  return (await response.json()) as GraphQLResult;
}

export function remoteTransport(endpoint: string): Transport {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ServiceUnavailable(`--endpoint "${endpoint}" is not a URL (e.g. http://localhost:4000/graphql).`);
  }
  return (query, variables) =>
    send(
      (init) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(30_000) }).catch((error: unknown) => {
          throw new ServiceUnavailable(`Cannot reach ${url.href}: ${error instanceof Error ? error.message : String(error)}`);
        }),
      query,
      variables,
    );
}

/**
 * The embedded database's knowledge and the service's schema, executed in this process. Lighter than the service's
 * graphql-yoga pipeline (no HTTP, logging, metrics or query limits to load), so an answer takes a fraction of a second.
 */
export async function localTransport(): Promise<Transport> {
  const [{ openEmbeddedKnowledge }, { schema }, { graphql }, { RuleError }, { DEFAULT_INPUT_LIMITS }] = await Promise.all([
    import('./embedded-knowledge.js'),
    import('../graphql/schema.js'),
    import('graphql'),
    import('../rules/rule-error.js'),
    import('../rules/input-limits.js'),
  ]);
  const knowledge = await openEmbeddedKnowledge();
  return async (query, variables) => {
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue: { knowledge, inputLimits: DEFAULT_INPUT_LIMITS } });
    // Coded as the service codes them (src/graphql/masked-errors.ts): a rule's error keeps its code and details. The CLI's own
    // documents are valid, so an error outside any field is about a value the user gave (a variable that does not
    // coerce).
    const errors = result.errors?.map(({ message, originalError, path }) =>
      originalError instanceof RuleError
        ? { message, extensions: { code: originalError.code, ...originalError.details } }
        : { message, extensions: { code: path ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } },
    );
    return { data: result.data, ...(errors ? { errors } : {}) };
  };
}
