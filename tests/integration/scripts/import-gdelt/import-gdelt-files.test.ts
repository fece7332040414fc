import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { importGdeltFiles, type GdeltImportOptions, type GdeltImportReporter } from '../../../../scripts/import-gdelt/import-gdelt-files.js';
import { projectRoot } from '../../../../scripts/run-cli.js';
import { buildGdeltLine } from '../../../support/build-gdelt-row.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../../support/open-test-graph.js';
import { snapshotGraph } from '../../../support/snapshot-graph.js';

const SAMPLE = join(projectRoot, 'tests', 'fixtures', 'gdelt', '20191024143000.export.CSV');
const sampleRows = readFileSync(SAMPLE, 'utf8').split('\n').filter((line) => line !== '').map((line) => line.split('\t'));

let graph: TestGraph;
let dir: string;

function recordingReporter() {
  const skipped: string[] = [];
  const reporter: GdeltImportReporter = {
    rowSkipped: (file, line, reason) => skipped.push(`${file}:${line}: ${reason}`),
    fileFailed: (file, reason) => skipped.push(`${file}: ${reason}`),
    batchDone: () => {},
    fileDone: () => {},
  };
  return { reporter, skipped };
}

const importFiles = (files: string[], options: GdeltImportOptions = {}) => {
  const { reporter, skipped } = recordingReporter();
  return importGdeltFiles(graph.driver, graph.database, files, { batchSize: 500, ...options }, reporter).then((totals) => ({ totals, skipped }));
};

const count = async (query: string) => Number((await queryRows(graph, query))[0]!.n);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-gdelt-'));
});
beforeEach(async () => {
  await graph?.driver.close();
  graph = await openEmptyTestGraph();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph.driver.close();
});

describe('importGdeltFiles', () => {
  it('loads every event of the sample, each reported in its source article, and a second import changes nothing', async () => {
    const first = await importFiles([SAMPLE]);
    expect(first.skipped).toEqual([]);
    expect(first.totals).toMatchObject({ events: sampleRows.length, written: sampleRows.length, malformed: 0 });
    expect(await count('MATCH (e:Event) WHERE e.gdeltId IS NOT NULL RETURN count(e) AS n')).toBe(sampleRows.length);
    expect(await count('MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Article) OR NOT EXISTS { (:Actor)-[:PARTICIPATED_IN]->(e) } RETURN count(e) AS n')).toBe(0);
    const urls = new Set(sampleRows.map((columns) => columns[60]));
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(urls.size);
    const snapshot = await snapshotGraph(graph);

    const second = await importFiles([SAMPLE]);
    expect(second.totals).toMatchObject({ events: sampleRows.length, written: 0 });
    expect(await snapshotGraph(graph)).toEqual(snapshot);
  }, 120_000);

  it('loads a zipped export as the same events as the plain file, and a second import of the zip changes nothing', async () => {
    // The same graph but for when each article was imported.
    const withoutImportTimes = (snapshot: string[]) => snapshot.map((node) => node.replace(/"ingestedAt":"[^"]*",?/, ''));
    await importFiles([SAMPLE]);
    const fromPlain = withoutImportTimes(await snapshotGraph(graph));

    // Zipped as GDELT publishes it: the CSV alone inside 20191024143000.export.CSV.zip.
    const zipped = join(dir, `${basename(SAMPLE)}.zip`);
    const zip = new yazl.ZipFile();
    zip.addFile(SAMPLE, basename(SAMPLE));
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(zipped));

    await graph.driver.close();
    graph = await openEmptyTestGraph();
    const first = await importFiles([zipped]);
    expect(first.skipped).toEqual([]);
    expect(first.totals).toMatchObject({ events: sampleRows.length, written: sampleRows.length, malformed: 0, failedFiles: 0 });
    const fromZip = await snapshotGraph(graph);
    expect(withoutImportTimes(fromZip)).toEqual(fromPlain);

    const second = await importFiles([zipped]);
    expect(second.totals).toMatchObject({ events: sampleRows.length, written: 0 });
    expect(await snapshotGraph(graph)).toEqual(fromZip);
  }, 180_000);

  it('stores a row as a dated event with its CAMEO code, counts, scores, place and canonical actors', async () => {
    const file = join(dir, 'one.export.CSV');
    writeFileSync(file, `${buildGdeltLine({ GLOBALEVENTID: '77', Actor2Code: 'IGOEUREEC', Actor2Name: 'THE EU', Actor2CountryCode: 'EUR', Actor2KnownGroupCode: 'EEC', Actor2Type1Code: 'IGO' })}\n`);
    await importFiles([file]);
    const [event] = await queryRows(graph, `
      MATCH (e:Event {gdeltId: 77})-[:REPORTED_IN]->(article:Article), (e)-[:AT]->(place:Place)
      RETURN e.id AS id, e.type AS type, e.cameo AS cameo, toString(e.start) AS start, toString(e.end) AS end, e.precision AS precision,
        e.numMentions AS mentions, e.numSources AS sources, e.numArticles AS articles, e.goldstein AS goldstein, e.quadClass AS quadClass,
        e.codedBy AS codedBy, article.url AS url, article.source AS source, article.text AS text, place.latitude AS latitude, place.countryCode AS country,
        COLLECT { MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e) RETURN a.id + '/' + p.role ORDER BY p.role } AS participants`);
    expect(event).toEqual({
      id: 'gdelt:77', type: 'meeting', cameo: '042', start: '2019-10-24', end: '2019-10-24', precision: 'day',
      mentions: 6, sources: 2, articles: 6, goldstein: 1.9, quadClass: 1, codedBy: 'gdelt',
      url: 'https://news.example.org/2019/10/24/visit', source: 'news.example.org', text: null, latitude: 52.5167, country: 'DE',
      participants: ['france/source', 'eu/target'],
    });
  });

  it('rewrites a row that maps differently now: its old participants, place and article go with it', async () => {
    const file = join(dir, 'changed.export.CSV');
    writeFileSync(file, `${buildGdeltLine({ GLOBALEVENTID: '5' })}\n`);
    await importFiles([file]);
    writeFileSync(file, `${buildGdeltLine({
      GLOBALEVENTID: '5', Actor2Code: 'ITA', Actor2Name: 'ITALY', Actor2CountryCode: 'ITA',
      ActionGeo_FullName: 'Rome, Lazio, Italy', SOURCEURL: 'https://news.example.org/2019/10/24/rome',
    })}\n`);
    const { totals } = await importFiles([file]);
    expect(totals).toMatchObject({ events: 1, written: 1 });
    const [event] = await queryRows(graph, `
      MATCH (e:Event {gdeltId: 5})
      RETURN COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN a.id ORDER BY a.id } AS actors,
        COLLECT { MATCH (e)-[:AT]->(p:Place) RETURN p.name } AS places,
        COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN a.url } AS urls`);
    expect(event).toEqual({ actors: ['france', 'italy'], places: ['Rome, Lazio, Italy'], urls: ['https://news.example.org/2019/10/24/rome'] });
  });

  it('loads a file once when two imports of it run at once', async () => {
    const file = join(dir, 'twice.export.CSV');
    writeFileSync(file, Array.from({ length: 60 }, (_, i) => buildGdeltLine({ GLOBALEVENTID: String(100 + i) })).join('\n'));
    const runs = await Promise.all([importFiles([file], { batchSize: 10 }), importFiles([file], { batchSize: 10 })]);
    expect(runs.map((run) => run.totals.events)).toEqual([60, 60]);
    expect(runs[0]!.totals.written + runs[1]!.totals.written).toBe(60);
    expect(await count('MATCH (e:Event) RETURN count(e) AS n')).toBe(60);
    expect(await count('MATCH (:Actor)-[p:PARTICIPATED_IN]->(:Event) RETURN count(p) AS n')).toBe(120);
  }, 120_000);

  it('reports a malformed row with its line, skips it and loads the rest', async () => {
    const file = join(dir, 'broken.export.CSV');
    const broken = buildGdeltLine({ GLOBALEVENTID: '2', SQLDATE: '20191399' });
    writeFileSync(file, [buildGdeltLine({ GLOBALEVENTID: '1' }), broken, 'a\tshort\trow', buildGdeltLine({ GLOBALEVENTID: '3' })].join('\n'));
    const { totals, skipped } = await importFiles([file]);
    expect(skipped).toEqual([
      `${file}:2: SQLDATE "20191399" is not a calendar day`,
      `${file}:3: expected 61 tab-separated columns, found 3`,
    ]);
    expect(totals).toMatchObject({ events: 2, malformed: 2 });
    expect((await queryRows(graph, 'MATCH (e:Event) RETURN e.gdeltId AS id ORDER BY id')).map((row) => row.id)).toEqual([1, 3]);
  });

  it('keeps only the CAMEO roots and the countries asked for', async () => {
    const roots = new Set(['01', '02', '03', '04', '05', '06', '07', '08', '16', '17', '18', '19', '20']);
    const { totals } = await importFiles([SAMPLE], { roots });
    const expected = sampleRows.filter((columns) => roots.has(columns[28]!)).length;
    expect(totals).toMatchObject({ events: expected, filteredOut: sampleRows.length - expected });
    expect(await count("MATCH (e:Event) WHERE NOT substring(e.cameo, 0, 2) IN ['01','02','03','04','05','06','07','08','16','17','18','19','20'] RETURN count(e) AS n")).toBe(0);

    graph = await openEmptyTestGraph();
    const syria = await importFiles([SAMPLE], { countries: new Set(['SYR']) });
    expect(syria.totals.events).toBe(sampleRows.filter((columns) => columns[7] === 'SYR' || columns[17] === 'SYR').length);
    expect(syria.totals.events).toBeGreaterThan(0);
  }, 120_000);
});
