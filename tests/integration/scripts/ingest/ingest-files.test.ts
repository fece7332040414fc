import { recordedNlpClient } from '../../../support/extract-recorded.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INGEST_DRIVER_SETTINGS, ingestFiles, OUTAGE_FAILURES, type IngestReporter } from '../../../../scripts/ingest/ingest-files.js';
import { createNeo4jDriver } from '../../../../server/graph/driver.js';
import { ingestExtractions } from '../../../../server/graph/ingest-extraction.js';
import { FIXTURE_NAMES, fixturePath } from '../../../support/fixture-documents.js';
import { findFreePort } from '../../../../scripts/free-port.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../../support/open-test-graph.js';
import { startTcpProxy } from '../../../support/tcp-proxy.js';

const FILES = FIXTURE_NAMES.slice(0, 7).map((name) => fixturePath(name, 'gold'));

let graph: TestGraph;
beforeAll(async () => {
  graph = await openEmptyTestGraph();
});
afterAll(() => graph.driver.close());

/** A reporter that records failures and calls `onFileDone` with the number of files done so far. */
function recordingReporter(onFileDone: (done: number) => Promise<void> | void = () => {}) {
  const failures: string[] = [];
  let done = 0;
  const reporter: IngestReporter = {
    fileDone: () => void onFileDone(++done),
    fileFailed: (error) => failures.push(error.message),
    warn: () => {},
  };
  return { reporter, failures };
}

describe('ingestFiles when the database goes away', () => {
  it('stops after three articles in a row cannot reach it, names every file not loaded, and counts the committed ones as loaded', async () => {
    const connection = inject('neo4j');
    const proxy = await startTcpProxy(connection.uri);
    const driver = createNeo4jDriver({ ...connection, uri: proxy.uri }, INGEST_DRIVER_SETTINGS);
    let cutAt = 0;
    // The database disappears right after the second article committed.
    const { reporter, failures } = recordingReporter(async (done) => {
      if (done === 2) {
        cutAt = performance.now();
        await proxy.cut();
      }
    });
    try {
      const totals = await ingestFiles(driver, connection.database, FILES, reporter, recordedNlpClient(), { batchArticles: 1 });
      const outageSeconds = (performance.now() - cutAt) / 1000;
      expect(totals.articles).toBe(2);
      expect(totals.stopped?.notLoaded).toEqual(FILES.slice(2));
      expect(failures).toHaveLength(OUTAGE_FAILURES);
      expect(failures[0]).toMatch(/ServiceUnavailable|SessionExpired/);
      // Three failures, each in about a second (one quick retry), not the ~7 s of the server's settings.
      expect(outageSeconds).toBeLessThan(OUTAGE_FAILURES * 2.5);
      const stored = await queryRows(graph, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id');
      expect(stored.map((row) => row.id)).toEqual(FIXTURE_NAMES.slice(0, 2));
    } finally {
      await driver.close();
    }
  }, 60_000);

  it('stops after three files when nothing listens at the address, each failing within seconds', async () => {
    const connection = inject('neo4j');
    const driver = createNeo4jDriver({ ...connection, uri: `bolt://127.0.0.1:${await findFreePort()}` }, INGEST_DRIVER_SETTINGS);
    const { reporter, failures } = recordingReporter();
    const started = performance.now();
    try {
      const totals = await ingestFiles(driver, connection.database, FILES, reporter, recordedNlpClient(), { batchArticles: 1 });
      expect(totals.articles).toBe(0);
      expect(totals.stopped?.notLoaded).toEqual(FILES);
      expect(failures).toHaveLength(OUTAGE_FAILURES);
      expect((performance.now() - started) / 1000).toBeLessThan(OUTAGE_FAILURES * 2.5);
    } finally {
      await driver.close();
    }
  }, 60_000);
});

describe('ingestFiles in batches', () => {
  it('retries a failed batch one article at a time, so only the bad article is lost', async () => {
    const bad = FIXTURE_NAMES[2]!;
    const batches: string[][] = [];
    const { reporter, failures } = recordingReporter();
    const totals = await ingestFiles(graph.driver, graph.database, FILES, reporter, recordedNlpClient(), {
      batchArticles: 4,
      ingestBatch: async (batch) => {
        const ids = batch.map(({ doc }) => doc.article.id);
        batches.push(ids);
        if (ids.includes(bad)) throw new Error(`refused: ${bad}`);
        return ingestExtractions(graph.driver, graph.database, batch);
      },
    });
    expect(batches.map((ids) => ids.length)).toEqual([4, 1, 1, 1, 1, 3]);
    expect(failures).toEqual([expect.stringContaining(`refused: ${bad}`)]);
    expect(totals).toMatchObject({ articles: FILES.length - 1, failed: 1, stopped: null });
    const stored = await queryRows(graph, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    expect(stored.map((row) => row.id)).toEqual(FIXTURE_NAMES.slice(0, 7).filter((name) => name !== bad));
  }, 60_000);

  it('writes nothing for documents the graph already holds unchanged, and says so', async () => {
    await ingestFiles(graph.driver, graph.database, FILES, recordingReporter().reporter, recordedNlpClient());
    const before = await queryRows(graph, 'MATCH (a:Article) RETURN a.id AS id, toString(a.ingestedAt) AS at ORDER BY id');
    const totals = await ingestFiles(graph.driver, graph.database, FILES, recordingReporter().reporter, recordedNlpClient());
    expect(totals).toMatchObject({ articles: FILES.length, unchanged: FILES.length });
    expect(await queryRows(graph, 'MATCH (a:Article) RETURN a.id AS id, toString(a.ingestedAt) AS at ORDER BY id')).toEqual(before);
  }, 60_000);
});
