/**
 * How much work each route family may have in flight, from the driver's connection pool: every
 * family gets an equal share of the pool (less what health keeps), divided by the connections one of
 * its requests holds at once; as many again may wait, twice over, unless the family says how many.
 */
import type { WorkLimits } from './create-work-limiter.js';

/** Connections left for the health probe (one at a time) and slack. */
const HEALTH_RESERVE = 4;
// A queued request waits at most about two service times; beyond that, a fast 503 serves it better.
const QUEUE_PER_SLOT = 2;

export interface RouteFamily {
  name: string;
  /** Database connections one request holds at the same time (parallel queries). */
  connectionsPerRequest: number;
  /** Requests that may wait for a slot, for a family whose requests are given up past a time limit (which bounds the wait). */
  mostWaiting?: number;
}

/** The limits of each family, in the order given. */
export function sizeWorkLimits(families: RouteFamily[], poolSize: number): WorkLimits[] {
  const share = Math.floor((poolSize - HEALTH_RESERVE) / families.length);
  return families.map(({ name, connectionsPerRequest, mostWaiting }) => {
    const concurrency = Math.max(1, Math.floor(share / connectionsPerRequest));
    return { name, concurrency, queueLimit: mostWaiting ?? concurrency * QUEUE_PER_SLOT };
  });
}
