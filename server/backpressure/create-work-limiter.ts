/**
 * A bounded amount of work in flight: `concurrency` tasks run, at most `queueLimit` wait their
 * turn, and the rest are refused at once with 503 OVERLOADED (with Retry-After) instead of waiting
 * for a database connection that will not come in time.
 */
import PQueue from 'p-queue';
import { ApiFailure } from '../errors.js';

export interface WorkLimits {
  /** Named in the refusal, e.g. "graph". */
  name: string;
  concurrency: number;
  queueLimit: number;
}

export interface WorkLimiter {
  /** The family's name, for messages. */
  readonly name: string;
  /**
   * Runs `work` when a slot is free. A signal that aborts while the work waits takes it out of the
   * queue; one that aborts while it runs frees the slot (the work itself stops on the same signal).
   */
  run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Whether a new task would be taken (run or queued). */
  hasRoom(): boolean;
  /** Throws OVERLOADED when a new task would be refused: lets a request be turned away before its body is read. */
  checkRoom(): void;
}

export function createWorkLimiter({ name, concurrency, queueLimit }: WorkLimits): WorkLimiter {
  const queue = new PQueue({ concurrency });
  const hasRoom = () => queue.pending < concurrency || queue.size < queueLimit;
  const checkRoom = () => {
    if (!hasRoom()) {
      throw new ApiFailure('OVERLOADED', `The server is busy with other ${name} requests; retry in a moment.`);
    }
  };
  return {
    name,
    async run(work, signal) {
      checkRoom();
      return queue.add(work, { signal });
    },
    hasRoom,
    checkRoom,
  };
}
