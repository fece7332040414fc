/**
 * A signal aborted when the work for a request is no longer wanted: its client disconnected before
 * its answer was complete, or the server gave up on answering in time (`giveUpAfter`). Read from the
 * response, not the request: Node closes a request once its body is read, while the client is
 * still there waiting (so Fastify's `request.signal` fires for every POST).
 */
import type { FastifyReply } from 'fastify';

const controllers = new WeakMap<FastifyReply['raw'], AbortController>();

/** The same signal for every caller within one request. */
export function clientGoneSignal(reply: FastifyReply): AbortSignal {
  return controllerOf(reply).signal;
}

/**
 * Aborts the request's signal with `reason` once `ms` have passed, unless its answer is complete by
 * then: what runs for it stops, and the request answers with the reason.
 */
export function giveUpAfter(reply: FastifyReply, ms: number, reason: () => Error): void {
  const controller = controllerOf(reply);
  // An answer already being written (a streamed list) is let finish.
  const timer = setTimeout(() => reply.raw.headersSent || controller.abort(reason()), ms);
  timer.unref();
  reply.raw.once('close', () => clearTimeout(timer));
}

function controllerOf(reply: FastifyReply): AbortController {
  const response = reply.raw;
  let controller = controllers.get(response);
  if (!controller) {
    const created = new AbortController();
    // An answer whose last byte was handed to the socket is complete, even if not yet flushed
    // (a streamed answer's response can close before it reports itself finished).
    response.once('close', () => {
      if (!response.writableEnded) created.abort(new Error('the client disconnected before the answer'));
    });
    controllers.set(response, created);
    controller = created;
  }
  return controller;
}
