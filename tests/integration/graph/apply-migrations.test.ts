import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, listMigrations } from '../../../server/graph/apply-migrations.js';
import { createNeo4jDriver } from '../../../server/graph/driver.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';

let graph: TestGraph;

beforeAll(async () => {
  graph = await openEmptyTestGraph();
});

afterAll(async () => {
  await graph.driver.close();
});

async function readSchema(): Promise<string[]> {
  const indexes = await queryRows(
    graph,
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state WHERE type <> 'LOOKUP' RETURN name, type, labelsOrTypes, properties, state",
  );
  const constraints = await queryRows(graph, 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *');
  return [...indexes, ...constraints].map((row) => JSON.stringify(row)).sort();
}

async function readMigrationIds(): Promise<string[]> {
  const rows = await queryRows(graph, 'MATCH (m:Migration) RETURN m.id AS id ORDER BY id');
  return rows.map((row) => row.id as string);
}

// Drops what the migrations created and forgets them, so the next appliers start from nothing.
async function dropSchema(): Promise<void> {
  const constraints = await queryRows(graph, 'SHOW CONSTRAINTS YIELD name RETURN name');
  for (const { name } of constraints) await queryRows(graph, `DROP CONSTRAINT \`${String(name)}\``);
  const indexes = await queryRows(graph, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  for (const { name } of indexes) await queryRows(graph, `DROP INDEX \`${String(name)}\``);
  await queryRows(graph, 'MATCH (m:Migration) DELETE m');
}

describe('applyMigrations', () => {
  it('creates the constraints, range indexes and full-text indexes of the graph model, all online', async () => {
    const rows = await queryRows(graph, 'SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    const byName = new Map(rows.map((row) => [row.name, row]));
    for (const name of ['actor_id_unique', 'event_id_unique', 'article_id_unique', 'place_name_unique', 'migration_id_unique']) {
      expect(byName.get(name)).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
    }
    for (const name of ['event_start', 'event_end', 'event_type', 'article_published']) {
      expect(byName.get(name)).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
    }
    expect(byName.get('actorNames')).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(byName.get('eventSummaries')).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
  });

  it('gives both full-text indexes the accent-folding analyzer', async () => {
    const rows = await queryRows(graph, "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name");
    expect(rows).toEqual([
      { name: 'actorNames', analyzer: 'standard-folding' },
      { name: 'eventSummaries', analyzer: 'standard-folding' },
    ]);
  });

  it('records every migration once and skips them all on a second run, leaving the schema as it was', async () => {
    const before = await readSchema();
    const report = await applyMigrations(graph.driver, graph.database);
    expect(report).toEqual({ applied: [], skipped: listMigrations() });
    expect(await readSchema()).toEqual(before);
    expect(await readMigrationIds()).toEqual(listMigrations());
  });

  it('ends with one complete schema and one record per migration when two processes apply at once', async () => {
    const before = await readSchema();
    await dropSchema();
    const drivers = [createNeo4jDriver(inject('neo4j')), createNeo4jDriver(inject('neo4j'))];
    try {
      const reports = await Promise.all(drivers.map((driver) => applyMigrations(driver, graph.database)));
      const applied = reports.flatMap((report) => report.applied);
      expect(new Set(applied)).toEqual(new Set(listMigrations()));
    } finally {
      await Promise.all(drivers.map((driver) => driver.close()));
    }
    expect(await readSchema()).toEqual(before);
    expect(await readMigrationIds()).toEqual(listMigrations());
  });

  it('indexes actor aliases for full-text search', async () => {
    await queryRows(graph, "CREATE (:Actor {id: 'kremlin_test', name: 'Russia', aliases: ['Moscow', 'the Kremlin']})");
    await queryRows(graph, 'CALL db.awaitIndexes(60)');
    const rows = await queryRows(graph, "CALL db.index.fulltext.queryNodes('actorNames', 'kremlin') YIELD node RETURN node.id AS id");
    expect(rows).toEqual([{ id: 'kremlin_test' }]);
  });
});
