import { describe, expect, it } from 'vitest';
import { SlackReplayGuard } from '../../src/http/integrations/slack/slack-replay-guard.js';
import { MAX_REQUEST_AGE_SECONDS } from '../../src/http/integrations/slack/slack-signature.js';

describe('SlackReplayGuard', () => {
  const now = 1_700_000_000;

  it('refuses a signature seen before, in the same second and until its timestamp is too old', () => {
    const guard = new SlackReplayGuard();
    expect(guard.firstUse('v0=a', now, now)).toBe(true);
    expect(guard.firstUse('v0=b', now, now)).toBe(true);
    expect(guard.firstUse('v0=a', now, now)).toBe(false);
    expect(guard.firstUse('v0=a', now, now + MAX_REQUEST_AGE_SECONDS)).toBe(false);
  });

  it('forgets a signature once its timestamp is too old to be accepted again', () => {
    const guard = new SlackReplayGuard();
    expect(guard.firstUse('v0=a', now, now)).toBe(true);
    expect(guard.firstUse('v0=a', now, now + MAX_REQUEST_AGE_SECONDS + 1)).toBe(true);
    // Kept again from its second use.
    expect(guard.firstUse('v0=a', now, now + MAX_REQUEST_AGE_SECONDS + 1)).toBe(false);
  });
});
