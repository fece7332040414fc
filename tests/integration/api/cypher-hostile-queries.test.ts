/**
 * The console against queries that try to do more than read the graph, disguised as well as we could
 * think of, on the real test Neo4j: every one is a 400 in the catalogue's shape and the graph, its
 * schema and its labels are unchanged. Legitimate read queries (the shipped examples, schema and
 * full-text procedures) still run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/run-cli.js';
import { ApiErrorSchema, CypherResponseSchema } from '../../../server/contract/api.js';
import { queryRows } from '../../support/open-test-graph.js';
import { buildTestConfig, MAIN_DOCUMENT, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

const ADMINISTRATION = [
  'SHOW USERS',
  'show users',
  '/* just looking */ SHOW CURRENT USER',
  'SHOW DATABASES',
  'SHOW DATABASE neo4j YIELD *',
  'SHOW TRANSACTIONS',
  'SHOW TRANSACTIONS YIELD *',
  'SHOW TRANSACTIONS YIELD currentQuery, clientAddress RETURN currentQuery, clientAddress',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  'terminate transaction "neo4j-transaction-42"',
  'SHOW SETTINGS',
  "SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'directories' RETURN name, value",
  'SHOW PROCEDURES YIELD *',
  'SHOW FUNCTIONS YIELD *',
  'SHOW INDEXES',
  'SHOW CONSTRAINTS',
  'SHOW ROLES',
  'SHOW PRIVILEGES',
  "CREATE USER intruder SET PASSWORD 'intruder-password'",
  'DROP USER neo4j',
  "ALTER USER neo4j SET PASSWORD 'owned-owned-owned'",
  "ALTER CURRENT USER SET PASSWORD FROM 'test-password-not-secret' TO 'owned-owned-owned'",
  'CREATE DATABASE intruder',
  'DROP DATABASE neo4j',
  'STOP DATABASE neo4j',
  'CREATE ROLE intruder',
  'GRANT ROLE admin TO intruder',
];

const PROCEDURES = [
  'CALL dbms.listConfig()',
  'CALL dbms.listConfig() YIELD name, value RETURN name, value',
  'cAlL DbMs.LiStCoNfIg()',
  'CALL `dbms`.`listConfig`()',
  'call\n\tdbms\n.\nlistConfig\n(\n)',
  '/* MATCH (n) RETURN n */ CALL dbms.listConfig()',
  "CALL dbms.listConfig() YIELD name WHERE name = $setting RETURN name",
  'CALL db.clearQueryCaches()',
  'CALL { CALL db.clearQueryCaches() YIELD value RETURN value } RETURN value',
  'MATCH (a:Actor) WITH a LIMIT 1 CALL (a) { CALL db.clearQueryCaches() YIELD value RETURN value } RETURN a.name, value',
  'UNWIND [1] AS x CALL { WITH x CALL db.clearQueryCaches() YIELD value RETURN value } RETURN value',
  'RETURN COUNT { CALL db.clearQueryCaches() YIELD value RETURN value } AS n',
  'OPTIONAL CALL dbms.listConfig() YIELD name RETURN name',
  "CALL db.index.fulltext.queryNodes('actorNames', 'Russia') YIELD node CALL db.clearQueryCaches() YIELD value RETURN node, value",
  'CALL db.labels() YIELD label RETURN label UNION CALL dbms.listConfig() YIELD name RETURN name AS label',
  'CALL dbms.components()',
  'CALL dbms.showCurrentUser()',
  'CALL dbms.listConnections()',
  "CALL dbms.killQuery('query-1')",
  "CALL db.createLabel('Intruder')",
  "CALL db.createProperty('intruder')",
  "CALL db.createRelationshipType('INTRUDES')",
  "CALL tx.setMetaData({owner: 'intruder'})",
  'CALL db.info()',
  "CALL db.stats.retrieve('GRAPH COUNTS')",
  'CALL db.stats.clear()',
  'CALL db.awaitIndexes(1)',
  'CALL dbms.routing.getRoutingTable({})',
  'MATCH (a) WITH collect(a) AS everything CALL db.createLabel($label) RETURN size(everything)',
];

const OTHER_DATABASES = [
  'USE system CALL dbms.showCurrentUser()',
  'USE system SHOW USERS',
  'USE `system` CALL db.labels()',
  'use SYSTEM call dbms.components()',
  'USE system MATCH (n) RETURN n',
  'USE intruder MATCH (n) RETURN n',
];

const FILES = [
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  'load csv with headers from "http://127.0.0.1:1/secret.csv" as row return row',
  "LOAD CSV FROM 'https://example.org/x.csv' AS line RETURN line",
  "MATCH (a:Actor) WITH a LIMIT 1 LOAD CSV FROM 'file:///etc/hostname' AS l RETURN a, l",
  "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
];

const WRITES = [
  "CREATE (:Intruder {id: 'intruder'})",
  'MATCH (a:Actor) FOREACH (x IN [1] | SET a.owned = true)',
  'FOREACH (x IN range(1, 3) | CREATE (:Intruder))',
  'MATCH (a:Actor) WITH a LIMIT 1 CALL (a) { SET a.owned = true } RETURN a',
  "MERGE (a:Intruder {id: 'intruder'}) RETURN a",
  'CALL { MERGE (x:Intruder) RETURN x } RETURN x',
  'MATCH (n) DETACH DELETE n',
  'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Intruder {i: i}) } IN TRANSACTIONS RETURN i',
  'CREATE INDEX intruder FOR (a:Actor) ON (a.owned)',
  'CREATE FULLTEXT INDEX intruderText FOR (n:Actor) ON EACH [n.owned]',
  'DROP INDEX actorNames',
  'MATCH (a:Actor) REMOVE a:Actor RETURN a',
  'MATCH (a:Actor) SET a += {owned: true}',
  'PROFILE MATCH (a:Actor) SET a.owned = true',
];

const DISGUISES = [
  '// harmless\nSHOW USERS',
  'MATCH (n) RETURN n; SHOW USERS',
  'CALL dbms.list\\u0043onfig()',
  'CALL `dbms.listConfig`()',
  'ＳＨＯＷ USERS',
  "WITH 'SHOW ' + 'USERS' AS q CALL apoc.cypher.run(q, {}) YIELD value RETURN value",
  "WITH 'dbms.' + 'listConfig' AS p CALL apoc.cypher.run('CALL ' + p + '()', {}) YIELD value RETURN value",
  'RETURN apoc.version()',
  'CYPHER runtime=slotted CALL dbms.listConfig()',
  'EXPLAIN CALL dbms.listConfig()',
];

const HOSTILE = [...ADMINISTRATION, ...PROCEDURES, ...OTHER_DATABASES, ...FILES, ...WRITES, ...DISGUISES];
const PARAMS = { setting: 'server.directories.data', label: 'Intruder' };
const REFUSAL_CODES = ['CYPHER_NOT_ALLOWED', 'CYPHER_NOT_READ_ONLY', 'CYPHER_SYNTAX', 'CYPHER_FAILED'];

let api: ApiTestApp;
let before: Awaited<ReturnType<typeof graphState>>;
const graphState = async () => ({
  labels: await queryRows(api.graph, 'CALL db.labels() YIELD label RETURN label ORDER BY label'),
  keys: await queryRows(api.graph, 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey'),
  nodes: await queryRows(api.graph, 'MATCH (n) RETURN count(n) AS n'),
  indexes: await queryRows(api.graph, 'SHOW INDEXES YIELD name RETURN name ORDER BY name'),
});

beforeAll(async () => {
  // The corpus is larger than a person's rate limit; the limit itself is tested in cypher-route.test.ts.
  api = await openApiTestApp([MAIN_DOCUMENT], buildTestConfig({ CONSOLE_RATE_LIMIT: '10000' }));
  before = await graphState();
});
afterAll(() => api?.close());

const runCypher = (query: string) => api.app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params: PARAMS } });

describe('the Cypher console against hostile queries', () => {
  it('has at least 50 of them', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE)('refuses %j with a 400 saying why', async (query) => {
    const response = await runCypher(query);
    expect(response.statusCode).toBe(400);
    const error = ApiErrorSchema.parse(response.json());
    expect(REFUSAL_CODES).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  // Neo4j itself refuses some of the corpus (unknown procedures, syntax); these reach the plan check.
  it.each([
    'SHOW USERS', 'SHOW TRANSACTIONS YIELD *', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'SHOW SETTINGS',
    'SHOW PROCEDURES YIELD *', 'CALL dbms.listConfig()', 'CALL `dbms`.`listConfig`()', 'CALL dbms.list\\u0043onfig()',
    'CALL { CALL db.clearQueryCaches() YIELD value RETURN value } RETURN value', "CALL tx.setMetaData({owner: 'intruder'})",
    'EXPLAIN CALL dbms.listConfig()', 'USE system CALL dbms.showCurrentUser()', ...FILES, ...WRITES.slice(0, 8),
  ])('refuses %j from its plan, before anything runs', async (query) => {
    const response = await runCypher(query);
    expect(response.json()).toMatchObject({ code: expect.stringMatching(/^CYPHER_NOT_(ALLOWED|READ_ONLY)$/) });
  });

  it('left the graph, its labels, property keys and indexes as they were', async () => {
    expect(await graphState()).toEqual(before);
  });
});

describe('the Cypher console with legitimate read queries', () => {
  it.each(['CALL db.labels()', 'CALL db.relationshipTypes()', 'CALL db.propertyKeys()', 'CALL db.schema.visualization()'])(
    'runs %s',
    async (query) => {
      const response = await runCypher(query);
      expect(response.statusCode).toBe(200);
      expect(CypherResponseSchema.parse(response.json()).rows.length).toBeGreaterThan(0);
    },
  );

  it('runs full-text search over actors and events', async () => {
    for (const [index, text] of [['actorNames', 'Russia'], ['eventSummaries', 'talks']]) {
      const query = `CALL db.index.fulltext.queryNodes('${index}', $text) YIELD node, score RETURN node, score LIMIT 5`;
      const response = await api.app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params: { text } } });
      expect(response.statusCode).toBe(200);
      expect(CypherResponseSchema.parse(response.json()).rows.length).toBeGreaterThan(0);
    }
  });

  it('runs built-in namespaced functions', async () => {
    const response = await runCypher("RETURN date.truncate('month', date('2016-02-11')) AS month, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d");
    expect(response.json()).toMatchObject({ rows: [{ month: '2016-02-01', d: 5 }] });
  });

  it('runs every example query shipped in cypher/examples', async () => {
    const dir = join(projectRoot, 'cypher', 'examples');
    const files = (await readdir(dir)).filter((name) => name.endsWith('.cypher'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const response = await runCypher(await readFile(join(dir, file), 'utf8'));
      expect({ file, status: response.statusCode }).toEqual({ file, status: 200 });
    }
  });
});
