// Refuses a second use of a Slack signature: a signed request captured on the way could otherwise be sent again as
// long as its timestamp is accepted (five minutes either way). Only signatures that verified are kept, so only
// Slack (or whoever holds the secret) can fill this, and each is forgotten once its timestamp is too old to be
// accepted again.
import { MAX_REQUEST_AGE_SECONDS } from './slack-signature.js';

// Far more slash commands than one service gets in ten minutes; beyond it the oldest are forgotten first.
const MAX_KEPT = 10_000;

export class SlackReplayGuard {
  /** Signature -> the time (seconds) after which its timestamp is refused anyway. */
  readonly #seen = new Map<string, number>();
  /** The second of the last sweep for expired signatures. */
  #sweptAt: number | undefined;

  /** True the first time a verified signature is presented within its window; false for a replay. */
  firstUse(signature: string, timestamp: number, nowSeconds: number): boolean {
    // Once a second at most: nothing kept since expires within the same second (its timestamp was accepted, so it
    // expires at nowSeconds or later), so a second sweep in that second would find nothing.
    if (nowSeconds !== this.#sweptAt) {
      this.#sweptAt = nowSeconds;
      for (const [seen, expiresAt] of this.#seen) if (expiresAt < nowSeconds) this.#seen.delete(seen);
    }
    if (this.#seen.has(signature)) return false;
    if (this.#seen.size >= MAX_KEPT) this.#seen.delete(this.#seen.keys().next().value!);
    this.#seen.set(signature, timestamp + MAX_REQUEST_AGE_SECONDS);
    return true;
  }
}
