// The one way tests reach the API in-process: the app createApp assembles (src/http/app.ts), built from the given
// environment variables over the loaded knowledge, with its log lines and metrics at hand. No port: requests go
// through `yoga.fetch`. Over a real port: service.ts; as a process of its own: child-service.ts.
import { createApp } from '../../src/http/app.js';
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
  const logs = logCapture();
  const { yoga, config, state, metrics } = createApp({ env: { LOG_LEVEL: 'debug', ...env }, knowledge, logDestination: logs.destination });

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

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

// Tests that only ask questions share one app with the default configuration, its log off.
let shared: ReturnType<typeof createTestYoga> | undefined;

export async function graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  shared ??= createTestYoga({ LOG_LEVEL: 'silent' });
  const { status, body } = await shared.post({ query, variables });
  return { status, ...body } as GraphQLResponse<T>;
}
