// Standard output for the logs, written in batches: one write(2) per log line would cost more than answering a
// cached request. Lines logged during one turn of the event loop are written together at its end, synchronously
// (no write is ever left in flight), and whatever is pending when the process exits, through process.exit too, is
// written then: the lines logged just before an exit (shutdown, fatal errors) are not lost. Only a process killed
// outright loses the lines of its last turn.
import { pino, type DestinationStream } from 'pino';

export function batchedStdout(): DestinationStream {
  const stdout = pino.destination({ dest: 1, sync: true });
  let pending = '';
  let scheduled = false;
  function flush() {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    stdout.write(text);
  }
  process.on('exit', flush);
  return {
    write(line: string) {
      pending += line;
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
  };
}
