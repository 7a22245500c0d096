// A body refused with 413 is still being sent when the answer is ready. If the connection closed at once, the rest
// of the body would arrive at a closed socket, the client's system would get a reset, and a client that sends its
// whole body before reading (Python's urllib, curl with a file) would see a broken pipe instead of the 413. So the
// answer is written at once, and the connection is ended only once the body has been read and discarded, up to a
// bound of bytes (or the request timeout): past it, the connection is cut.
import type { RequestListener, ServerResponse } from 'node:http';

/** The most of a refused body read (and thrown away) so that its client can read the 413. */
export const MAX_DRAINED_BYTES = 32 * 1024 * 1024;

type End = ServerResponse['end'];

export function drainingRefusedBodies(handler: RequestListener): RequestListener {
  return (request, response) => {
    // A request without a body (neither Content-Length nor Transfer-Encoding) is never refused for it: nothing to hook.
    if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined) return handler(request, response);
    const end: End = response.end.bind(response);
    response.end = ((...args: Parameters<End>) => {
      if (response.statusCode !== 413 || request.complete || request.destroyed) return end(...args);
      const [chunk] = args;
      if (chunk != null && typeof chunk !== 'function') response.write(chunk);
      let drained = 0;
      request.on('data', (data: Buffer) => {
        drained += data.length;
        if (drained > MAX_DRAINED_BYTES) request.socket.destroy();
      });
      request.once('end', () => end());
      request.resume();
      return response;
    }) as End;
    handler(request, response);
  };
}
