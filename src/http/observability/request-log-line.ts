// The `request` log line at `info`, the line written for nearly every request, put together directly and written to
// the logger's own destination: the same bytes pino writes for `logger.info(fields, 'request')` (a test holds them
// equal), at a fraction of the cost, which matters most on a request answered from the response cache. It reads the
// logger's destination and bindings through `pino.symbols`, which pino exposes for such integrations. The podnet
// logger has no hooks, mixins, redaction or serializers for these fields that this would skip (logger.ts).
import { pino, type DestinationStream } from 'pino';
import type { Logger } from './logger.js';
import { isoTimeOncePerMillisecond } from './log-time.js';

export interface RequestLineFields {
  requestId: string;
  method: string;
  path: string;
  operationName: string | null;
  status: number;
  durationMs: number;
  errorCodes?: readonly string[];
  cache?: string;
}

type LoggerState = Record<symbol, unknown>;

// Text JSON takes between quotes as it is: printable ASCII but the quote and the backslash. Testing for it costs less
// than JSON.stringify, which the rest (client text with quotes, control characters, non-ASCII) still goes through.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function jsonString(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

interface Middle {
  method: string;
  path: string;
  operationName: string | null;
  status: number;
  /** From `,"method":` to `"durationMs":`, as JSON. */
  text: string;
}

// The line's middle is the same line after line while one answer is asked for over and over (a cached answer, the
// requests portals and bots repeat): the last one is kept and reused while its fields stay the same.
let lastMiddle: Middle | undefined;

function middleOf({ method, path, operationName, status }: RequestLineFields): string {
  const last = lastMiddle;
  if (last !== undefined && last.status === status && last.method === method && last.path === path && last.operationName === operationName) return last.text;
  const text = `,"method":${jsonString(method)},"path":${jsonString(path)},"operationName":${operationName === null ? 'null' : jsonString(operationName)},"status":${status},"durationMs":`;
  lastMiddle = { method, path, operationName, status, text };
  return text;
}

/** Writes the line, when the logger's level lets `info` lines through. */
export function writeRequestLine(logger: Logger, fields: RequestLineFields): void {
  if (!logger.isLevelEnabled('info')) return;
  const state = logger as unknown as LoggerState;
  const bindings = state[pino.symbols.chindingsSym] as string;
  let line = `{"level":"info"${isoTimeOncePerMillisecond()}${bindings},"requestId":${jsonString(fields.requestId)}${middleOf(fields)}${fields.durationMs}`;
  if (fields.errorCodes !== undefined) line += `,"errorCodes":${JSON.stringify(fields.errorCodes)}`;
  if (fields.cache !== undefined) line += `,"cache":${jsonString(fields.cache)}`;
  (state[pino.symbols.streamSym] as DestinationStream).write(`${line},"msg":"request"}\n`);
}
