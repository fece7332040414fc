/**
 * A signal aborted when the client disconnects before its answer is complete. Read from the
 * response, not the request: Node closes a request once its body is read, while the client is
 * still there waiting (so Fastify's `request.signal` fires for every POST).
 */
import type { FastifyReply } from 'fastify';

const signals = new WeakMap<FastifyReply['raw'], AbortSignal>();

/** The same signal for every caller within one request. */
export function clientGoneSignal(reply: FastifyReply): AbortSignal {
  const response = reply.raw;
  let signal = signals.get(response);
  if (!signal) {
    const controller = new AbortController();
    // An answer whose last byte was handed to the socket is complete, even if not yet flushed
    // (a streamed answer's response can close before it reports itself finished).
    response.once('close', () => {
      if (!response.writableEnded) controller.abort(new Error('the client disconnected before the answer'));
    });
    signal = controller.signal;
    signals.set(response, signal);
  }
  return signal;
}
