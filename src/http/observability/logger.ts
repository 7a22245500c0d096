// Structured JSON logs on stdout (pino): one object a line, level as a word, ISO time (log-time.ts). Written in
// batches, and before the process exits (log-destination.ts).
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.js';
import { batchedStdout } from './log-destination.js';
import { isoTimeOncePerMillisecond } from './log-time.js';

export type { Logger };

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'podnet' },
    timestamp: isoTimeOncePerMillisecond,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return pino(options, destination ?? batchedStdout());
}
