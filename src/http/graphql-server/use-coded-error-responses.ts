// A few error responses come from graphql-yoga with an empty or plain-text body (404 for an unknown path, 406, 415).
// They get a GraphQL-style JSON body with a code, like every other error, keeping their status and headers. Error
// responses in a GraphQL format (JSON, or the multipart and event-stream formats a client may ask for) already
// carry their codes.
import type { Plugin } from 'graphql-yoga';

const CODE_BY_STATUS: Record<number, string> = {
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

const GRAPHQL_FORMATS = ['json', 'multipart/mixed', 'text/event-stream'];

const MESSAGE_BY_STATUS: Record<number, string> = {
  404: 'Not found: GraphQL is served at /graphql.',
  405: 'Method not allowed.',
  406: 'Not acceptable: responses are application/json or application/graphql-response+json.',
  415: 'Unsupported media type: send application/json, application/graphql or application/x-www-form-urlencoded.',
};

export function useCodedErrorResponses(): Plugin {
  return {
    onResponse({ response, setResponse, fetchAPI }) {
      const contentType = response.headers.get('content-type') ?? '';
      if (response.status < 400 || GRAPHQL_FORMATS.some((format) => contentType.includes(format))) return;
      const code = CODE_BY_STATUS[response.status] ?? (response.status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
      const headers = new fetchAPI.Headers(response.headers);
      headers.delete('content-length');
      headers.set('content-type', 'application/json; charset=utf-8');
      const message = MESSAGE_BY_STATUS[response.status] ?? `HTTP ${response.status}`;
      setResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status: response.status, headers }));
    },
  };
}
