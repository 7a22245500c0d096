// The one way tests reach the API over a real port: the service as the process runs it (src/http/process/service.ts)
// on 127.0.0.1 and a free port, in-process, over the loaded knowledge unless told otherwise. Without a port: yoga.ts.
import { readConfig } from '../../src/http/config.js';
import { createLogger } from '../../src/http/observability/logger.js';
import type { PreparedKnowledge } from '../../src/http/process/prepare-knowledge.js';
import { startService, type RunningService } from '../../src/http/process/service.js';
import { knowledge } from './knowledge.js';
import { logCapture } from './yoga.js';

export async function startTestService(
  env: Record<string, string> = {},
  prepareKnowledge: () => Promise<PreparedKnowledge> = async () => ({ knowledge, rebuilt: false }),
) {
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env });
  const logs = logCapture();
  const service: RunningService = await startService({ config, logger: createLogger(config, logs.destination), prepareKnowledge });
  return {
    ...service,
    url: `http://127.0.0.1:${service.port}`,
    logs: logs.lines,
    /** Closes at once, in-flight requests or not. */
    close: () =>
      new Promise<void>((resolve) => {
        service.metricsServer?.server.close();
        service.metricsServer?.server.closeAllConnections();
        service.server.close(() => resolve());
        service.server.closeAllConnections();
      }),
  };
}
