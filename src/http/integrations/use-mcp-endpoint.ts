// /mcp: the MCP server (src/mcp) over Streamable HTTP, for clients of the 2026-07-28 protocol revision and of the
// 2025 revisions alike (the SDK's createMcpHandler, stateless: one server instance per request). A body is read up
// to MAX_BODY_BYTES, as GraphQL's is, and holds one message: a JSON-RPC batch (which 2025-03-26 allowed) would put
// any number of tool calls in one request, as GraphQL batching would, and is refused. Answered 503 until the
// knowledge is loaded; off with MCP_ENABLED=false. The SDK and the MCP server are loaded by the first request to /mcp
// (mcp-handler.ts), as GraphiQL's renderer is by the first request for GraphiQL.
import type { Plugin } from 'graphql-yoga';
import type { InputLimits } from '../../rules/input-limits.js';
import { SERVICE_UNAVAILABLE } from '../graphql-server/use-availability.js';
import type { Logger } from '../observability/logger.js';
import type * as McpHandler from './mcp-handler.js';
import type { ServiceState } from '../process/service-state.js';

export const MCP_PATH = '/mcp';

/** "tools/call ask", "tools/list": what a JSON-RPC message asks for, as the request log names it. */
function operationOf(body: string): string | null {
  try {
    const message = JSON.parse(body) as { method?: unknown; params?: { name?: unknown; uri?: unknown } };
    if (typeof message.method !== 'string') return null;
    const target = message.params?.name ?? message.params?.uri;
    return typeof target === 'string' ? `${message.method} ${target}` : message.method;
  } catch {
    return null;
  }
}

export function useMcpEndpoint(options: {
  state: ServiceState;
  logger: Logger;
  maxBodyBytes: number;
  inputLimits: InputLimits;
  nameOperation: (request: Request, operationName: string) => void;
}): Plugin {
  const { state } = options;
  let loading: Promise<typeof McpHandler> | undefined;
  let handler: ReturnType<typeof McpHandler.createPodnetMcpHandler> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== MCP_PATH) return;
      const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
        endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers }));
      if (!state.knowledge) return refuse(503, SERVICE_UNAVAILABLE, 'The service is starting.', { 'retry-after': '1' });
      const { createPodnetMcpHandler, readRequestBody } = await (loading ??= import('./mcp-handler.js'));
      handler ??= createPodnetMcpHandler({ ...options, path: MCP_PATH });
      if (request.method !== 'POST') return endResponse(await handler.fetch(request));
      const body = await readRequestBody(request, options.maxBodyBytes);
      if (body.tooLarge) return refuse(413, 'REQUEST_ENTITY_TOO_LARGE', `The request body is over ${options.maxBodyBytes} bytes.`);
      if (body.text.trimStart().startsWith('[')) return refuse(400, 'BAD_REQUEST', 'JSON-RPC batches are not accepted: send one message per request.');
      const operation = operationOf(body.text);
      if (operation !== null) options.nameOperation(request, operation.slice(0, 128));
      endResponse(await handler.fetch(new Request(request.url, { method: 'POST', headers: request.headers, body: body.text })));
    },
  };
}
