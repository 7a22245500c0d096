// The address a person on this machine opens to reach the service: a wildcard listening address ("0.0.0.0", "::")
// is no address to browse to, so it becomes localhost.
import { GRAPHQL_PATH } from '../graphql-server/yoga.js';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

export function browserUrl(host: string, port: number): string {
  const name = WILDCARD_HOSTS.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}${GRAPHQL_PATH}`;
}
