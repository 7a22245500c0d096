// `podnet mcp`: the MCP server over stdio for a local MCP client, on the embedded database (built first when missing
// or outdated), with no network. Standard output carries the protocol only; an unexpected error goes to standard
// error. Serves until the client closes standard input.
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { openDatabase } from '../db/build-database.js';
import { DEFAULT_DATABASE_PATH } from '../db/paths.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { DEFAULT_INPUT_LIMITS } from '../rules/input-limits.js';
import { createPodnetMcpServer } from './server.js';

/** Resolves with the exit code once the client has closed standard input. */
export function serveMcpOverStdio(): Promise<number> {
  const database = openDatabase(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
  const knowledge = loadKnowledge(database.sqlite);
  database.sqlite.close();
  const reportUnexpected = (error: unknown) => process.stderr.write(`podnet mcp: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  const handle = serveStdio(() => createPodnetMcpServer({ knowledge, inputLimits: DEFAULT_INPUT_LIMITS, reportUnexpected }));
  return new Promise((resolve) => {
    process.stdin.once('close', () => void handle.close().then(() => resolve(0)));
  });
}
