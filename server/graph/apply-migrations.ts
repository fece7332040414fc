/**
 * The schema migration runner: applies the `cypher/schema/NNN-name.cypher` statements not yet
 * recorded as `(:Migration {id, appliedAt})` nodes, in order, then waits for the indexes to be online.
 */
import type { Driver } from 'neo4j-driver';
import { rebuildAggregates } from './aggregates/rebuild-aggregates.js';
import { listCypher, loadCypher } from './cypher-files.js';

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

const MIGRATION_FILE = /^\d{3}-[a-z0-9-]+$/;
// The first migration of each generation of aggregates: a graph that gets one now may hold events they have not counted.
const AGGREGATES_MIGRATIONS = ['020-pair-month-count-key-unique', '030-pair-year-count-key-unique', '032-pair-total-count-key-unique'];
const INDEX_ONLINE_TIMEOUT_SECONDS = 300;
// A concurrent applier may create the same rule between our check and our statement: already done.
const ALREADY_EXISTS_CODES = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** The ids (file names without `.cypher`) of every migration, in the order they apply. */
export function listMigrations(): string[] {
  return listCypher('schema')
    .map((name) => name.slice('schema/'.length))
    .filter((id) => MIGRATION_FILE.test(id));
}

/** Applies the pending migrations; idempotent, and harmless when two processes run it at once. */
export async function applyMigrations(driver: Driver, database: string): Promise<MigrationReport> {
  const done = await readAppliedMigrations(driver, database);
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const id of listMigrations()) {
    if (done.has(id)) {
      report.skipped.push(id);
      continue;
    }
    // Schema commands cannot share a transaction with writes: the statement, then its record.
    await runSchemaStatement(driver, database, loadCypher(`schema/${id}`));
    await driver.executeQuery(loadCypher('schema/runner/record-migration'), { id }, { database });
    report.applied.push(id);
  }
  await driver.executeQuery(
    loadCypher('schema/runner/await-indexes'),
    { timeoutSeconds: INDEX_ONLINE_TIMEOUT_SECONDS },
    { database },
  );
  if (AGGREGATES_MIGRATIONS.some((id) => report.applied.includes(id))) await rebuildAggregates(driver, database);
  return report;
}

async function readAppliedMigrations(driver: Driver, database: string): Promise<Set<string>> {
  const { records } = await driver.executeQuery(loadCypher('schema/runner/applied-migrations'), {}, { database });
  return new Set(records.map((record) => record.get('id') as string));
}

async function runSchemaStatement(driver: Driver, database: string, statement: string): Promise<void> {
  try {
    await driver.executeQuery(statement, {}, { database });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code || !ALREADY_EXISTS_CODES.has(code)) throw error;
  }
}
