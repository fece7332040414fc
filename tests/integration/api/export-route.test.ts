/**
 * GET /api/export on the test Neo4j: every format parses with an independent parser (csv-parse,
 * fast-xml-parser), GraphML and GEXF hold their schemas' required elements and agree with
 * /api/graph, the JSON documents validate against the extraction contract and give back the gold
 * documents' events.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJsonSchema, GraphResponseSchema, TimelineResponseSchema, type GraphResponse } from '../../../server/contract/api.js';
import { readFixtureGold } from '../../support/fixture-documents.js';
import { GOLD_NAMES, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp();
});
afterAll(() => api?.close());

const get = (url: string) => api.app.inject({ method: 'GET', url });
const WINDOW = 'from=2014-04-01&to=2018-12-31';

type XmlElement = Record<string, unknown>;
// Attributes keep an '@' prefix; elements that may repeat are always arrays, so a one-node graph reads the same.
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
});
const readXml = (text: string) => {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text) as XmlElement;
};
const all = (element: unknown, name: string) => ((element as XmlElement)[name] ?? []) as XmlElement[];
const readCsv = (text: string) => parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];

async function graphFor(query: string): Promise<GraphResponse> {
  return GraphResponseSchema.parse((await get(`/api/graph?${query}`)).json());
}

describe('GET /api/export?format=csv', () => {
  it('sends the events table as a UTF-8 attachment with a byte-order mark, one row per event of the window', async () => {
    const response = await get(`/api/export?format=csv&table=events&${WINDOW}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="diplomatic-graph_2014-04-01_to_2018-12-31_events.csv"');
    expect(response.body.startsWith('\uFEFFid,article_id,type,')).toBe(true);
    const rows = readCsv(response.body);
    const { events } = TimelineResponseSchema.parse((await get(`/api/timeline?${WINDOW}`)).json());
    expect(rows.map((row) => row.id).sort()).toEqual(events.map((event) => event.id).sort());
    expect(rows.every((row) => row.evidence !== '' && row.participants !== '')).toBe(true);
  });

  it('lists each participation, each actor with its event count, and the stated relations between them', async () => {
    const [events, participants, actors, relations] = await Promise.all(
      ['events', 'participants', 'actors', 'relations'].map(async (table) => readCsv((await get(`/api/export?format=csv&table=${table}&${WINDOW}`)).body)),
    );
    const eventIds = new Set(events!.map((row) => row.id));
    expect(participants!.length).toBeGreaterThan(events!.length);
    expect(participants!.every((row) => eventIds.has(row.event_id!) && row.actor_name !== '' && row.role !== '')).toBe(true);
    const actorIds = new Set(participants!.map((row) => row.actor_id));
    expect(new Set(actors!.map((row) => row.id))).toEqual(actorIds);
    for (const actor of actors!) {
      expect(Number(actor.events)).toBe(new Set(participants!.filter((p) => p.actor_id === actor.id).map((p) => p.event_id)).size);
    }
    expect(relations!.length).toBeGreaterThan(0);
    expect(relations!.every((row) => actorIds.has(row.source) && actorIds.has(row.target) && Number(row.weight) >= 1)).toBe(true);
    expect(relations).toContainEqual(expect.objectContaining({ source: 'russia', type: 'BACKS' }));
  });

  it('keeps only the event types and the actors asked for', async () => {
    const rows = readCsv((await get(`/api/export?format=csv&table=participants&types=statement&actors=lavrov&${WINDOW}`)).body);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.event_type === 'statement')).toBe(true);
    for (const id of new Set(rows.map((row) => row.event_id))) {
      expect(rows.filter((row) => row.event_id === id).map((row) => row.actor_id)).toContain('lavrov');
    }
  });
});

describe('GET /api/export?format=graphml', () => {
  it("holds GraphML's required elements, declares every attribute it uses, and draws /api/graph's nodes and weighted edges", async () => {
    const response = await get(`/api/export?format=graphml&${WINDOW}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    expect(response.headers['content-disposition']).toMatch(/filename="diplomatic-graph_2014-04-01_to_2018-12-31\.graphml"/);
    const root = readXml(response.body).graphml as XmlElement;
    expect(root['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map(all(root, 'key').map((key) => [key['@id'] as string, key]));
    for (const key of keys.values()) {
      expect(['node', 'edge']).toContain(key['@for']);
      expect(key['@attr.name']).toBeTruthy();
      expect(['string', 'int', 'double', 'long', 'float', 'boolean']).toContain(key['@attr.type']);
    }
    const graph = root.graph as XmlElement;
    expect(['directed', 'undirected']).toContain(graph['@edgedefault']);
    const dataOf = (element: XmlElement, owner: string) =>
      Object.fromEntries(all(element, 'data').map((data) => {
        expect(keys.get(data['@key'] as string)?.['@for']).toBe(owner);
        return [keys.get(data['@key'] as string)!['@attr.name'], String(data['#text'])];
      }));
    const nodes = all(graph, 'node');
    const nodeIds = new Set(nodes.map((node) => node['@id']));
    const expected = await graphFor(WINDOW);
    expect(nodeIds).toEqual(new Set(expected.nodes.map((node) => node.id)));
    for (const node of nodes) expect(dataOf(node, 'node')).toEqual(expect.objectContaining({ label: expect.any(String), kind: expect.any(String) }));
    const edges = all(graph, 'edge').map((edge) => {
      expect(nodeIds.has(edge['@source']) && nodeIds.has(edge['@target'])).toBe(true);
      const data = dataOf(edge, 'edge');
      expect(edge['@directed'] === 'true').toBe(data.kind === 'relation');
      return { source: edge['@source'], target: edge['@target'], kind: data.kind, type: data.type, weight: Number(data.weight) };
    });
    expect(edges).toEqual(expected.edges);
  });
});

describe('GET /api/export?format=gexf', () => {
  it("holds GEXF 1.3's required elements, declares every attribute it uses, and draws /api/graph's nodes and weighted edges", async () => {
    const response = await get(`/api/export?format=gexf&types=talks,meeting,statement&${WINDOW}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    const root = readXml(response.body).gexf as XmlElement;
    expect(root['@xmlns']).toBe('http://gexf.net/1.3');
    expect(root['@version']).toBe('1.3');
    const graph = root.graph as XmlElement;
    expect(['directed', 'undirected', 'mutual']).toContain(graph['@defaultedgetype']);
    const declared = (owner: string) =>
      new Set(all(graph, 'attributes').filter((list) => list['@class'] === owner).flatMap((list) => all(list, 'attribute').map((a) => a['@id'])));
    const checkValues = (element: XmlElement, owner: string) => {
      const values = all(element.attvalues, 'attvalue');
      for (const value of values) expect(declared(owner).has(value['@for'])).toBe(true);
      return Object.fromEntries(values.map((value) => [value['@for'], value['@value']]));
    };
    const nodes = all(graph.nodes, 'node');
    const nodeIds = new Set(nodes.map((node) => node['@id']));
    const expected = await graphFor(`types=talks,meeting,statement&${WINDOW}`);
    expect(nodeIds).toEqual(new Set(expected.nodes.map((node) => node.id)));
    for (const node of nodes) {
      expect(node['@label']).toBe(expected.nodes.find((n) => n.id === node['@id'])?.name);
      expect(checkValues(node, 'node')).toEqual(expect.objectContaining({ kind: expect.any(String), activity: expect.any(String) }));
    }
    const edges = all(graph.edges, 'edge').map((edge) => {
      expect(edge['@id']).toBeDefined();
      expect(nodeIds.has(edge['@source']) && nodeIds.has(edge['@target'])).toBe(true);
      const values = checkValues(edge, 'edge');
      expect(edge['@kind']).toBe(values.type);
      return { source: edge['@source'], target: edge['@target'], kind: values.edge_kind, type: values.type, weight: Number(edge['@weight']) };
    });
    expect(edges).toEqual(expected.edges);
    expect(edges.length).toBeGreaterThan(0);
  });
});

describe('GET /api/export?format=json', () => {
  it("gives back, for the whole history, each article's events in the extraction contract's shape", async () => {
    const response = await get('/api/export?format=json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="diplomatic-graph_all-dates\.json"/);
    const documents = ExportJsonSchema.parse(response.json());
    expect(documents.map((doc) => doc.article.id).sort()).toEqual([...GOLD_NAMES].sort());
    for (const doc of documents) {
      const gold = await readFixtureGold(doc.article.id);
      const summarise = (events: typeof gold.events) => events.map((e) => ({ id: e.id, type: e.type, date: e.date, participants: [...e.participants].sort((a, b) => `${a.role}${a.actor}`.localeCompare(`${b.role}${b.actor}`)) })).sort((a, b) => a.id.localeCompare(b.id));
      expect(summarise(doc.events)).toEqual(summarise(gold.events));
      expect(doc.article.published).toBe(gold.article.published);
    }
  });

  it('keeps to the window: no event outside it, no undated event', async () => {
    const documents = ExportJsonSchema.parse((await get('/api/export?format=json&from=2014-04-17&to=2014-04-17')).json());
    const events = documents.flatMap((doc) => doc.events);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.date.start! <= '2014-04-17' && event.date.end! >= '2014-04-17').toBe(true);
  });
});

describe('GET /api/export, refused', () => {
  it.each([
    ['an unknown format', 'format=pdf'],
    ['no format', ''],
    ['an unknown table', 'format=csv&table=people'],
    ['a window ending before it starts', 'format=csv&from=2016-03-01&to=2016-02-01'],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_case, query) => {
    const response = await get(`/api/export?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('the export in the OpenAPI document', () => {
  it('documents the filters, the formats and the media types of each', async () => {
    const doc = (await get('/docs/json')).json() as { paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> } }> };
    const route = doc.paths['/api/export']!.get;
    expect(route.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['format', 'table', 'from', 'to', 'types', 'actors', 'kinds', 'minWeight', 'limit']));
    expect(Object.keys(route.responses['200']!.content!)).toEqual(['text/csv', 'application/graphml+xml', 'application/gexf+xml', 'application/json']);
  });
});
