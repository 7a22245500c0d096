import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoTimeOncePerMillisecond } from '../../src/http/observability/log-time.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('log line time', () => {
  it('is the current time in ISO 8601, as a JSON member pino can splice into a line', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00.123Z'));
    expect(JSON.parse(`{"level":"info"${isoTimeOncePerMillisecond()}}`)).toEqual({ level: 'info', time: '2026-11-26T10:00:00.123Z' });
  });

  it('follows the clock from one millisecond to the next', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00.999Z'));
    expect(isoTimeOncePerMillisecond()).toBe(',"time":"2026-11-26T10:00:00.999Z"');
    vi.setSystemTime(new Date('2026-11-26T10:00:01.000Z'));
    expect(isoTimeOncePerMillisecond()).toBe(',"time":"2026-11-26T10:00:01.000Z"');
    vi.setSystemTime(new Date('2026-11-26T09:59:59.000Z'));
    expect(isoTimeOncePerMillisecond()).toBe(',"time":"2026-11-26T09:59:59.000Z"');
  });
});
