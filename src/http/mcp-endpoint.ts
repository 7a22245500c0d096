// /mcp: the MCP server (src/mcp) over Streamable HTTP, for clients of the 2026-07-28 protocol revision and of the
// 2025 revisions alike (the SDK's createMcpHandler, stateless: one server instance per request). A body is read up
// to MAX_BODY_BYTES, as GraphQL's is; answered 503 until the knowledge is loaded; off with MCP_ENABLED=false.
import { createMcpHandler } from '@modelcontextprotocol/server';
import type { Plugin } from 'graphql-yoga';
import { createPodnetMcpServer } from '../mcp/server.js';
import { SERVICE_UNAVAILABLE } from './availability.js';
import type { Logger } from './logger.js';
import type { ServiceState } from './service-state.js';

export const MCP_PATH = '/mcp';

export function useMcpEndpoint(options: { state: ServiceState; logger: Logger; maxBodyBytes: number }): Plugin {
  const { state, logger } = options;
  const handler = createMcpHandler(
    () =>
      createPodnetMcpServer({
        knowledge: state.knowledge!,
        reportUnexpected: (error) => logger.error({ err: error, path: MCP_PATH }, 'mcp tool failed'),
      }),
    {
      maxRequestBodySize: options.maxBodyBytes,
      onerror: (error) => logger.debug({ err: error, path: MCP_PATH }, 'mcp request refused'),
    },
  );
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== MCP_PATH) return;
      if (!state.knowledge) {
        return endResponse(
          fetchAPI.Response.json({ errors: [{ message: 'The service is starting.', extensions: { code: SERVICE_UNAVAILABLE } }] }, { status: 503, headers: { 'retry-after': '1' } }),
        );
      }
      endResponse(await handler.fetch(request));
    },
  };
}
