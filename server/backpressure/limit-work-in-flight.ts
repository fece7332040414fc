/**
 * A route family's bound on work in flight: every route registered in the scope (and its children)
 * runs its handler through the family's limiter, with a signal aborted when the client disconnects,
 * so a request whose client left gives up its place in the queue.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { ApiFailure } from '../errors.js';
import { clientGoneSignal, giveUpAfter } from './client-gone-signal.js';
import type { WorkLimiter } from './create-work-limiter.js';

/**
 * How long a full family holds a request before refusing it. Clients that retry at once (most load
 * generators ignore Retry-After) would otherwise keep the event loop busy refusing, starving health
 * and the admitted work of CPU; a slot that frees meanwhile takes the request after all.
 */
const REFUSAL_PAUSE_MS = 250;

/**
 * Call before the scope registers its routes: the hook sees only routes added after it. With
 * `answerWithinMs`, a request not answered that long after it arrived (queued, then run) is given up:
 * its work stops and it answers 503 OVERLOADED, before a client's own patience (often 10 s) runs out.
 */
export function limitWorkInFlight(scope: FastifyInstance, limiter: WorkLimiter, answerWithinMs?: number): void {
  // A full family refuses at once, before parsing and validation spend anything on the request.
  scope.addHook('onRequest', async (_request, reply) => {
    if (answerWithinMs !== undefined) giveUpAfter(reply, answerWithinMs, () => tooLate(limiter.name, answerWithinMs));
    if (limiter.hasRoom()) return;
    await sleep(REFUSAL_PAUSE_MS);
    limiter.checkRoom();
  });
  scope.addHook('onRoute', (route) => {
    const handler = route.handler as RouteHandlerMethod;
    route.handler = function limited(request, reply) {
      return limiter.run(async () => handler.call(this, request, reply), clientGoneSignal(reply));
    };
  });
}

function tooLate(family: string, answerWithinMs: number): ApiFailure {
  return new ApiFailure('OVERLOADED', `The server is too busy to answer this ${family} request within ${answerWithinMs / 1000} s; retry in a moment.`);
}
