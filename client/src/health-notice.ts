/** A banner that says, at start, when the server or the database is down, and what to do about it. */
import type { Api } from './api.js';

/** Checks /api/health once and fills `el` with a message only if something is wrong. */
export async function showHealthNotice(el: HTMLElement, api: Api): Promise<void> {
  el.dataset.testid = 'health-notice';
  el.hidden = true;
  try {
    const health = await api.health();
    if (health.database.reachable) return;
    el.textContent = 'The database is not reachable — is Neo4j running? (npm run neo4j:start)';
  } catch (error) {
    el.textContent = (error as Error).message;
  }
  el.hidden = false;
}
