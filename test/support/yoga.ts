// A yoga instance built from the given environment variables, over the loaded knowledge, with its log lines and
// metrics at hand. No port: requests go through `yoga.fetch`.
import { readConfig } from '../../src/http/config.js';
import { createLogger } from '../../src/http/observability/logger.js';
import { Metrics } from '../../src/http/observability/metrics.js';
import { ServiceState } from '../../src/http/process/service-state.js';
import { createPodnetYoga } from '../../src/http/graphql-server/yoga.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { knowledge as loadedKnowledge } from './knowledge.js';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: any;
}

export function logCapture() {
  const lines: string[] = [];
  return {
    destination: { write: (line: string) => void lines.push(line) },
    lines: (): LogLine[] => lines.map((l) => JSON.parse(l) as LogLine),
    /** The lines as written, newline included. */
    raw: (): readonly string[] => lines,
  };
}

export function createTestYoga(env: Record<string, string> = {}, knowledge: Knowledge = loadedKnowledge) {
  const config = readConfig({ LOG_LEVEL: 'debug', ...env });
  const logs = logCapture();
  const metrics = new Metrics();
  const state = ServiceState.ready(knowledge);
  metrics.knowledgeLoaded(knowledge);
  const yoga = createPodnetYoga({ config, state, logger: createLogger(config, logs.destination), metrics });

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const response = await yoga.fetch('http://podnet.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { response, status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
  }

  return { yoga, config, state, metrics, logs: logs.lines, post };
}
