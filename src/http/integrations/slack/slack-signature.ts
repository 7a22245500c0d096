// Slack's request signing: HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the app's signing secret, sent as
// X-Slack-Signature "v0=<hex>" beside X-Slack-Request-Timestamp. Old timestamps are refused against replays.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

export type SignatureCheck = { valid: true } | { valid: false; reason: string };

function slackSignature(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function checkSlackSignature(
  secret: string,
  headers: { timestamp: string | null; signature: string | null },
  body: string,
  nowSeconds: number,
): SignatureCheck {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature) return { valid: false, reason: 'missing X-Slack-Request-Timestamp or X-Slack-Signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { valid: false, reason: 'malformed timestamp' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_REQUEST_AGE_SECONDS) return { valid: false, reason: 'timestamp older than five minutes' };
  const expected = Buffer.from(slackSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'signature does not match' };
  return { valid: true };
}
