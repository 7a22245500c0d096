// A body refused with 413 is still being sent when the answer is ready. If the connection closed at once, the rest
// of the body would arrive at a closed socket, the client's system would get a reset, and a client that sends its
// whole body before reading (Python's urllib, curl with a file) would see a broken pipe instead of the 413. So the
// answer is written at once, and the connection is ended only once the body has been read and discarded, up to a
// bound of bytes (or the request timeout): past it, the connection is cut.
// It is the server's response class (http-server.ts), not a wrapper put on each response: a per-request `end`
// assigned to the response kept about 1 KB of every POST alive past a young-generation collection, which V8 then
// promoted, and the collections that followed cost a quarter of a repeated POST's throughput (docs/performance.md).
import { ServerResponse, type IncomingMessage } from 'node:http';

/** The most of a refused body read (and thrown away) so that its client can read the 413. */
const MAX_DRAINED_BYTES = 32 * 1024 * 1024;

export class RefusedBodyDrainingResponse extends ServerResponse<IncomingMessage> {
  override end(cb?: () => void): this;
  override end(chunk: unknown, cb?: () => void): this;
  override end(chunk: unknown, encoding: BufferEncoding, cb?: () => void): this;
  override end(...args: unknown[]): this {
    const request = this.req;
    if (this.statusCode !== 413 || request.complete || request.destroyed) return Reflect.apply(super.end, this, args) as this;
    const [chunk] = args;
    if (chunk != null && typeof chunk !== 'function') this.write(chunk);
    let drained = 0;
    request.on('data', (data: Buffer) => {
      drained += data.length;
      if (drained > MAX_DRAINED_BYTES) request.socket.destroy();
    });
    request.once('end', () => super.end());
    request.resume();
    return this;
  }
}
