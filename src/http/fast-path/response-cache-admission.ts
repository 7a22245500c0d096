// Which requests the response cache has seen once: an answer is kept the second time its request is answered, not
// the first. Requests that never come again (a manifest linted once, arguments that vary every time) then cost the
// cache nothing and never push out the answers portals and bots ask for over and over; a request that repeats is
// answered once more before it is kept.
// A fixed table of 32-bit fingerprints (FNV-1a of the key), one slot per fingerprint's low bits: a few hundred KB
// whatever the traffic. Two keys sharing a slot make the cache forget one of them (it is kept a sighting later), and
// two keys sharing a whole fingerprint make it keep an answer at its first sighting (which the cache bounds anyway):
// either costs memory or an execution, never a wrong answer, since the cache is still keyed by the whole key.
const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

function fingerprint(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  // 0 marks an empty slot.
  return hash | 0 || 1;
}

export class SeenRequests {
  readonly #slots = new Int32Array(1 << SLOT_BITS);

  /** Whether `key` was seen since its slot last changed hands; records it as seen either way. */
  seenBefore(key: string): boolean {
    const print = fingerprint(key);
    const slot = print & SLOT_MASK;
    if (this.#slots[slot] === print) return true;
    this.#slots[slot] = print;
    return false;
  }
}
