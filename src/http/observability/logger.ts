// Structured JSON logs on stdout (pino): one object a line, level as a word, ISO time. pino's own asynchronous
// destination gathers lines and writes them together (a write(2) for each request's line would cost more than
// answering a cached request); pino writes what is pending when the process exits, through process.exit too, and
// at once after a `fatal` line. Only a process killed outright loses its last lines.
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { ServiceConfig } from '../config.js';

/** The settings the logs follow: the level, and the share of cached answers logged at `info` (request-report.ts). */
export type LogSettings = Pick<ServiceConfig, 'logLevel' | 'logCachedSampleRate'>;

export type Logger = PinoLogger & { readonly cachedSampleRate: number };

/** Lines are written once this many bytes have gathered, or at the next periodic flush. */
const WRITE_AFTER_BYTES = 4096;
const FLUSH_EVERY_MS = 100;

export function createLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  const options = {
    level: settings.logLevel,
    base: { service: 'podnet' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  const stream = destination ?? pino.destination({ dest: 1, sync: false, minLength: WRITE_AFTER_BYTES, periodicFlush: FLUSH_EVERY_MS });
  return Object.assign(pino(options, stream), { cachedSampleRate: settings.logCachedSampleRate });
}
