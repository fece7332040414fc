/**
 * The database's health, answered within a budget whatever the load: one probe runs at a time
 * (callers in between share it), its outcome is kept for a second, and a caller the probe keeps past
 * the budget gets the last outcome, marked late, instead of waiting behind a busy database. Only
 * before the first outcome is there nothing to fall back on: that caller waits for the probe.
 */
import type { HealthResponse } from '../../contract/api.js';
import type { ExploreStore } from '../../explore/create-explore-store.js';

export interface HealthCheckTimes {
  /** The longest a caller waits for a probe once there is an outcome to fall back on. */
  budgetMs: number;
  /** How long an outcome is reused before a new probe. */
  freshMs: number;
  /** The longest a probe runs in Neo4j. */
  probeTimeoutMs: number;
}

// Half a second: a load balancer's health check must not time out because the queries queue.
const DEFAULT_TIMES: HealthCheckTimes = { budgetMs: 500, freshMs: 1_000, probeTimeoutMs: 5_000 };

export interface HealthCheck {
  /** The health to report; rejects with the database's failure. */
  check(): Promise<HealthResponse>;
}

type Outcome = { at: number; health: HealthResponse } | { at: number; error: unknown };

export function createHealthCheck(store: Pick<ExploreStore, 'health'>, times: HealthCheckTimes = DEFAULT_TIMES): HealthCheck {
  let last: Outcome | undefined;
  let probe: Promise<Outcome> | undefined;

  const startProbe = () =>
    (probe ??= store
      .health({ timeoutMs: times.probeTimeoutMs, signal: AbortSignal.timeout(times.probeTimeoutMs) })
      .then(
        (health): Outcome => ({ at: Date.now(), health }),
        (error: unknown): Outcome => ({ at: Date.now(), error }),
      )
      .then((outcome) => {
        last = outcome;
        probe = undefined;
        return outcome;
      }));

  return {
    async check() {
      const fresh = last && Date.now() - last.at < times.freshMs ? last : undefined;
      const fallback = last;
      const outcome = fresh ?? (fallback ? await withinBudget(startProbe(), times.budgetMs) : await startProbe());
      if (outcome === 'late') return reportLate(fallback!, times.budgetMs);
      return settle(outcome);
    },
  };
}

async function withinBudget(probe: Promise<Outcome>, budgetMs: number): Promise<Outcome | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, budgetMs, 'late')));
  return Promise.race([probe, deadline]).finally(() => clearTimeout(timer));
}

function settle(outcome: Outcome): HealthResponse {
  if ('error' in outcome) throw outcome.error;
  return outcome.health;
}

function reportLate(last: Outcome, budgetMs: number): HealthResponse {
  const health = settle(last);
  const age = Math.round((Date.now() - last.at) / 1000);
  const message = `The database did not answer within ${budgetMs} ms (busy); these counts are from ${age} s ago.`;
  return { status: 'degraded', database: { ...health.database, message } };
}
