// The SDK's Streamable HTTP handler over the podnet MCP server (stateless: one server instance per request), with
// the SDK's body reader. use-mcp-endpoint.ts loads this module on the first request to /mcp: the SDK, zod and ajv
// are about a third of the service's code, which a start then neither parses nor keeps in memory.
import { createMcpHandler, readRequestBody } from '@modelcontextprotocol/server';
import type { InputLimits } from '../../rules/input-limits.js';
import { createPodnetMcpServer } from '../../mcp/server.js';
import type { Logger } from '../observability/logger.js';
import type { ServiceState } from '../process/service-state.js';

export { readRequestBody };

export function createPodnetMcpHandler(options: { state: ServiceState; logger: Logger; maxBodyBytes: number; inputLimits: InputLimits; path: string }) {
  const { state, logger, path } = options;
  return createMcpHandler(
    () =>
      createPodnetMcpServer({
        knowledge: state.knowledge!,
        inputLimits: options.inputLimits,
        reportUnexpected: (error) => logger.error({ err: error, path }, 'mcp tool failed'),
      }),
    {
      maxRequestBodySize: options.maxBodyBytes,
      onerror: (error) => logger.debug({ err: error, path }, 'mcp request refused'),
    },
  );
}
