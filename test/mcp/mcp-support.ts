// MCP clients of the SDK's own, for both protocol eras: the 2025 handshake (initialize) and the 2026-07-28 revision
// (server/discover, then per-request envelopes).
import { Client, StreamableHTTPClientTransport, type Transport } from '@modelcontextprotocol/client';

export const ERAS = [
  ['2025 revisions', { mode: 'legacy' }],
  ['2026-07-28', { mode: { pin: '2026-07-28' } }],
] as const;

export type Era = (typeof ERAS)[number][1];

export async function connectedClient(transport: Transport, era: Era): Promise<Client> {
  const client = new Client({ name: 'podnet-test', version: '1.0.0' }, { versionNegotiation: era });
  await client.connect(transport);
  return client;
}

/** A client over Streamable HTTP whose requests go to `fetch`: the service in-process, or a real port. */
export function httpTransport(url: string, fetch?: (url: string | URL, init?: RequestInit) => Promise<Response>): Transport {
  return new StreamableHTTPClientTransport(new URL(url), fetch ? { fetch } : {});
}
