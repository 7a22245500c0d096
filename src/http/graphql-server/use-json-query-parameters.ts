// A GET request's `variables` and `extensions` are JSON in the query string. graphql-yoga parses them without
// catching the error, so malformed JSON became a 500 with a stack trace in the log; it is the client's mistake: 400,
// BAD_REQUEST, naming the parameter.
import type { Plugin } from 'graphql-yoga';

const JSON_PARAMETERS = ['variables', 'extensions'] as const;

function malformedParameter(search: URLSearchParams): string | null {
  for (const name of JSON_PARAMETERS) {
    const value = search.get(name);
    if (value === null) continue;
    try {
      JSON.parse(value);
    } catch {
      return name;
    }
  }
  return null;
}

export function useJsonQueryParameters(graphqlPath: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname !== graphqlPath) return;
      const name = malformedParameter(url.searchParams);
      if (name === null) return;
      const message = `The ${name} parameter is not valid JSON: give a JSON object, URL-encoded.`;
      endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, { status: 400 }));
    },
  };
}
