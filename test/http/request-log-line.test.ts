import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/http/observability/logger.js';
import { writeRequestLine, type RequestLineFields } from '../../src/http/observability/request-log-line.js';
import { logCapture } from '../support/yoga.js';

afterEach(() => {
  vi.useRealTimers();
});

// Paths and operation names come from the client: quotes, backslashes, control characters, lone surrogates.
const clientText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('"', '\\', '\u0000', '\n', '\u007f', '\ud800', '\udc00', '\u2028', 'é', 'a', '😀') }));

const fields: fc.Arbitrary<RequestLineFields> = fc.record(
  {
    requestId: fc.oneof(fc.uuid(), clientText),
    method: fc.constantFrom('GET', 'POST', 'OPTIONS', 'PROPFIND'),
    path: clientText,
    operationName: fc.option(clientText),
    status: fc.constantFrom(200, 304, 400, 404, 413, 500),
    durationMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
    errorCodes: fc.array(fc.constantFrom('GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'NOT_FOUND'), { minLength: 1 }),
    cache: fc.constantFrom('hit', 'operation'),
  },
  { requiredKeys: ['requestId', 'method', 'path', 'operationName', 'status', 'durationMs'] },
);

/** No lone surrogate in the client's text (UTF-8 cannot hold one: it comes back as U+FFFD). */
const wellFormed = (line: RequestLineFields) => [line.requestId, line.path, line.operationName ?? ''].every((text) => Buffer.from(text).toString() === text);

describe('the request log line', () => {
  it("is, byte for byte, the line pino writes for logger.info(fields, 'request'), and holds every field", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    fc.assert(
      fc.property(fields, fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (line, now) => {
        vi.setSystemTime(now);
        const direct = logCapture();
        const throughPino = logCapture();
        writeRequestLine(createLogger('info', direct.destination), line);
        createLogger('info', throughPino.destination).info(line, 'request');
        expect(direct.raw()).toHaveLength(1);
        expect(direct.lines()[0]).toEqual({ level: 'info', time: now.toISOString(), service: 'podnet', ...line, msg: 'request' });
        // pino writes a lone surrogate unescaped on Node before 25 (JSON.stringify from 25 on); the line escapes it.
        if (wellFormed(line)) expect(direct.raw()).toEqual(throughPino.raw());
      }),
      { numRuns: 500 },
    );
  });

  it('holds the fields of each line when lines repeat or differ in one field only', () => {
    // One field set and four others that each differ from it in one field of the line's middle, written in any order.
    const family = fc
      .record({ base: fields, path: clientText, operationName: fc.option(clientText), status: fc.constantFrom(200, 304), method: fc.constantFrom('GET', 'POST') })
      .map(({ base, ...other }) => [base, ...Object.entries(other).map(([name, value]) => ({ ...base, [name]: value }))]);
    fc.assert(
      fc.property(family, fc.array(fc.nat(4), { minLength: 2, maxLength: 12 }), (lines, order) => {
        const direct = logCapture();
        const logger = createLogger('info', direct.destination);
        for (const i of order) writeRequestLine(logger, lines[i]!);
        expect(direct.lines().map(({ level, time, service, msg, ...line }) => line)).toEqual(order.map((i) => lines[i]));
      }),
      { numRuns: 300 },
    );
  });

  it('is not written when the level is above info', () => {
    for (const level of ['warn', 'error', 'silent'] as const) {
      const logs = logCapture();
      writeRequestLine(createLogger(level, logs.destination), { requestId: 'r', method: 'GET', path: '/graphql', operationName: null, status: 200, durationMs: 0.4 });
      expect(logs.raw()).toEqual([]);
    }
  });
});
