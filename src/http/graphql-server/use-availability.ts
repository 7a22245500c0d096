// /ready answers 200 only while the service is ready: 503 while starting (knowledge not loaded yet) and while
// stopping (draining after SIGTERM). GraphQL requests get 503 until the knowledge is loaded. (While stopping,
// responses close their connections: process/open-connections.ts, for every response node:http sends.)
import type { Plugin } from 'graphql-yoga';
import type { ServiceState } from '../process/service-state.js';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

export function useAvailability(state: ServiceState, graphqlPath: string): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/ready') {
        endResponse(fetchAPI.Response.json({ status: state.phase }, { status: state.phase === 'ready' ? 200 : 503 }));
      } else if (url.pathname === graphqlPath && !state.knowledge) {
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: 'The service is starting.', extensions: { code: SERVICE_UNAVAILABLE } }] },
            { status: 503, headers: { 'retry-after': '1' } },
          ),
        );
      }
    },
  };
}
