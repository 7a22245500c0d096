// Sends a GraphQL request either to the schema executed in this process on the embedded database
// (local-transport.ts), or to a running podnet service. The answer is the same: both go through the same schema and
// rules.

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
  const notGraphQL = new ServiceUnavailable(`The service answered ${response.status} ${response.statusText}, not GraphQL.`);
  if (!type.includes('json')) throw notGraphQL;
  // A proxy's or another endpoint's JSON (`{"message": ...}`, a JSON-RPC error) is not an answer either: a GraphQL
  // response has data or at least one error.
  const body = (await response.json().catch(() => null)) as GraphQLResult | null;
  if (typeof body !== 'object' || body === null || (!body.data && !(Array.isArray(body.errors) && body.errors.length > 0))) throw notGraphQL;
  return body;
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
