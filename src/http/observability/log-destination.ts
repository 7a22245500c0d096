// Standard output for the logs, written in batches: a write(2) for each request's log line would cost more than
// answering a cached request. Lines are written together once 64 KiB have gathered or 50 ms after the first of them,
// synchronously (no write is ever left in flight), and whatever is pending when the process exits, through
// process.exit too, is written then: the lines logged just before an exit (shutdown, fatal errors) are not lost.
// Only a process killed outright loses up to its last 50 ms of lines.
import { pino, type DestinationStream } from 'pino';

const FLUSH_BYTES = 64 * 1024;
const FLUSH_AFTER_MS = 50;

export function batchedStdout(): DestinationStream {
  const stdout = pino.destination({ dest: 1, sync: true });
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const text = pending;
    pending = '';
    stdout.write(text);
  }
  process.on('exit', flush);
  return {
    write(line: string) {
      pending += line;
      if (pending.length >= FLUSH_BYTES) flush();
      // Unreferenced: pending lines never keep the process alive; exiting writes them.
      else timer ??= setTimeout(flush, FLUSH_AFTER_MS).unref();
    },
  };
}
