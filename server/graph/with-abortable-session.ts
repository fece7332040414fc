/** A READ session that a signal can stop: the way explorer reads and console queries end in Neo4j when their client goes. */
import type { Driver, Session, SessionConfig } from 'neo4j-driver';

/**
 * Runs `work` in a session opened with `config`. Aborting `signal` closes the session, whose reset
 * terminates the running query in Neo4j; the run then rejects with the signal's reason (the driver
 * only knows its session closed).
 */
export async function withAbortableSession<T>(
  driver: Driver,
  config: SessionConfig,
  signal: AbortSignal | undefined,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  signal?.throwIfAborted();
  const session = driver.session(config);
  const stop = () => void session.close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await work(session);
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    await session.close();
  }
}
