// The GraphQL parameters of a request in the two plain shapes portals and bots send: GET with query, variables and
// operationName in the query string, or POST with a JSON object of the same three. Anything else (another
// parameter, variables that are not an object, JSON that does not parse) is left to graphql-yoga: null here.

export interface GraphQLParams {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

const PARAMETERS = new Set(['query', 'variables', 'operationName']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function params(query: unknown, variables: unknown, operationName: unknown): GraphQLParams | null {
  if (typeof query !== 'string') return null;
  if (variables != null && !isObject(variables)) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  return { query, variables: variables ?? undefined, operationName: operationName ?? undefined };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

export function paramsOfGet(search: string): GraphQLParams | null {
  const parameters = new URLSearchParams(search);
  const names = [...parameters.keys()];
  if (names.some((name) => !PARAMETERS.has(name)) || new Set(names).size !== names.length) return null;
  const variables = parameters.get('variables');
  const parsedVariables = variables === null ? undefined : parseJson(variables);
  if (parsedVariables === NOT_JSON) return null;
  return params(parameters.get('query'), parsedVariables, parameters.get('operationName'));
}

export function paramsOfJsonPost(body: Buffer): GraphQLParams | null {
  const parsed = parseJson(body.toString('utf8'));
  if (!isObject(parsed) || Object.keys(parsed).some((name) => !PARAMETERS.has(name))) return null;
  return params(parsed.query, parsed.variables, parsed.operationName);
}
