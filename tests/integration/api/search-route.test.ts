/** GET /api/search on the real Neo4j: typos and accents forgiven, one suggestion per headline. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchResponseSchema, type SearchResponse } from '../../../server/contract/api.js';
import { INDEX_STOP_WORDS } from '../../../server/explore/to-lucene-query.js';
import { queryRows } from '../../support/open-test-graph.js';
import { MAIN_DOCUMENT, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp();
  // An actor whose stored name carries the accent, as an article may spell it.
  await queryRows(api.graph, "CREATE (:Actor {id: 'accented_test', name: 'Ahmet Doğanoğlu', kind: 'person', aliases: []})");
  // A second event told by the same sentence on the same day, of another type.
  await queryRows(
    api.graph,
    "MATCH (e:Event {id: $id}) CREATE (twin:Event) SET twin = e {.*, id: e.id + '-twin', type: CASE e.type WHEN 'statement' THEN 'talks' ELSE 'statement' END}",
    { id: `${MAIN_DOCUMENT}:e2` },
  );
  await queryRows(api.graph, 'CALL db.awaitIndexes(60)');
});
afterAll(() => api?.close());

async function search(q: string): Promise<SearchResponse> {
  const response = await api.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
  expect(response.statusCode).toBe(200);
  return SearchResponseSchema.parse(response.json());
}

describe('GET /api/search forgives typos and accents', () => {
  it('finds Kerry from "Kery", a letter short', async () => {
    expect((await search('Kery')).actors[0]).toMatchObject({ id: 'kerry' });
  });

  it('finds Lavrov from "Lavorv", two letters swapped', async () => {
    expect((await search('Lavorv')).actors.map((a) => a.id)).toContain('lavrov');
  });

  it('finds de Mistura from "Misturá", an accent the name does not have', async () => {
    expect((await search('Misturá')).actors.map((a) => a.name)).toContain('Staffan de Mistura');
  });

  it('finds a name stored with accents from the word typed without them, whole or as a prefix', async () => {
    expect((await search('doganoglu')).actors.map((a) => a.id)).toContain('accented_test');
    expect((await search('dogano')).actors.map((a) => a.id)).toContain('accented_test');
  });

  it('still ranks the exact name above near misses', async () => {
    const { actors } = await search('Russia');
    expect(actors[0]).toMatchObject({ id: 'russia' });
  });
});

describe('the query builder', () => {
  it("drops exactly the stop words of the indexes' analyzer", async () => {
    const [row] = await queryRows(
      api.graph,
      "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = 'standard-folding' RETURN stopwords",
    );
    expect(new Set(row!.stopwords as string[])).toEqual(INDEX_STOP_WORDS);
  });
});

describe('GET /api/search suggests each headline once', () => {
  it('merges the events one sentence tells on one day into one suggestion listing their types', async () => {
    const [row] = await queryRows(api.graph, 'MATCH (e:Event {id: $id}) RETURN e.summary AS summary, e.type AS type', { id: `${MAIN_DOCUMENT}:e2` });
    const summary = row!.summary as string;
    const { events } = await search(summary.split(/\s+/).slice(0, 6).join(' '));
    const same = events.filter((event) => event.summary === summary);
    expect(same).toHaveLength(1);
    expect(same[0]!.types).toHaveLength(2);
    expect(same[0]!.types).toContain(row!.type);
    expect(same[0]!.types).toContain(same[0]!.type);
  });

  it('lists distinct headlines, best first', async () => {
    const { events } = await search('talks');
    const keys = events.map((event) => `${event.summary}|${event.start}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(events.map((e) => e.score)).toEqual([...events.map((e) => e.score)].sort((a, b) => b - a));
  });
});
