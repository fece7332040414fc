/**
 * The explorer's frame times on a real server: a generated history of 10,000 events among 5,000
 * actors ingested into the benches' Neo4j, the app served in-process, the built client opened in
 * Debian's headless Chromium on the whole history: 10,000 timeline items, a graph of 5,000 actors
 * and 20,000 edges. Measures the timeline's first paint of items (a performance mark) and when its
 * answer came, the graph's frames while a node is dragged and the timeline's frames while it is panned.
 * Run alone with `npx tsx scripts/bench/explorer.ts`, or as `npm run bench -- --only explorer`.
 */
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildApp } from '../../server/app.js';
import { parseConfig } from '../../server/config.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { warmQueryPlans } from '../../server/warm-query-plans.js';
import { projectRoot, runCli } from '../run-cli.js';
import { ensureClientBuilt } from '../start/ensure-client-built.js';
import { describeMachine } from './api.js';
import type { BenchFigure, BenchSection } from './bench-section.js';
import { withBenchNeo4j } from './bench-neo4j.js';
import { recordFrames, type FrameStats } from './frame-times.js';
import { CHROMIUM_ARGS, dragLargestClearNode } from './graph-frame.js';
import { clearGraph, loadSyntheticGraph } from './load-synthetic-graph.js';

// Every actor acts and events have 2 or 3 participants, so that the history's graph has the issue's
// 5,000 actors and about 20,000 edges (20,479: the client draws the 20,000 heaviest, which touch every actor).
const SYNTHETIC = { events: 10_000, actors: 5_000, eventsPerArticle: 50, seed: 20261202, maxParticipants: 3, everyActorActs: true };
/** A window over the whole history (2010-01-01 to 2020-01-29), so that the timeline and the graph get every event. */
const WHOLE_HISTORY = '?from=2010-01-01&to=2020-01-31';
const MEASURE_MS = 3_000;
const WAIT_MS = 60_000;

export interface ExplorerReport {
  events: number;
  actors: number;
  loadSeconds: number;
  timelineItems: number;
  /** When the page had the timeline's first answer (the server's share of the first paint). */
  timelineAnswerMs: number;
  firstItemMs: number;
  graphNodes: number;
  graphEdges: number;
  dragging: FrameStats;
  panning: FrameStats;
}

// Marks the first timeline item's (or cluster's, where items crowd) insertion; it runs before the page's own scripts.
const MARK_FIRST_ITEM = `new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-testid=timeline-item], [data-testid=timeline-cluster]')) return;
  performance.mark('timeline-first-item');
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

/** Loads the history, serves the app against it and measures the page. */
export async function measureExplorer(log: (line: string) => void = () => {}): Promise<ExplorerReport> {
  await ensureClientBuilt(projectRoot, () => log('explorer bench: building the client'));
  return withBenchNeo4j(async (driver, connection) => {
    await clearGraph(driver, 'neo4j');
    await applyMigrations(driver, 'neo4j');
    log(`explorer bench: ingesting ${SYNTHETIC.events.toLocaleString('en')} events among ${SYNTHETIC.actors.toLocaleString('en')} actors`);
    const started = performance.now();
    await loadSyntheticGraph(driver, 'neo4j', SYNTHETIC, log);
    const loadSeconds = (performance.now() - started) / 1000;
    // The server lists up to 20,000 events before it counts by day instead; the client asks for its own cap.
    // The bench measures the client: on a loaded machine the whole history's reads can outlast the 8 s
    // a reader is given, so they get Neo4j's own read limit (20 s) instead of a 503.
    const config = parseConfig({ LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', TIMELINE_ITEM_LIMIT: '20000', READ_ANSWER_WITHIN_MS: '20000' });
    const app = await buildApp(config, { driver, database: 'neo4j', consoleConnection: connection, clientDir: join(projectRoot, 'client', 'dist') });
    await app.listen({ host: config.HOST, port: config.PORT });
    // As the server's main does: Neo4j plans the heaviest reads before the page asks for them.
    await warmQueryPlans(app);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      // The app's CSP forbids eval, which Playwright's waitForFunction needs for its predicates.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      page.setDefaultTimeout(WAIT_MS);
      await page.addInitScript(MARK_FIRST_ITEM);
      await page.goto(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/${WHOLE_HISTORY}`);
      const measured = await measurePage(page).catch(async (error: unknown) => {
        await page.screenshot({ path: join(projectRoot, 'test-artifacts', 'explorer-bench-failed.png') });
        throw error;
      });
      return { events: SYNTHETIC.events, actors: SYNTHETIC.actors, loadSeconds, ...measured };
    } finally {
      await browser.close();
      await app.close();
    }
  });
}

async function measurePage(page: Page): Promise<Omit<ExplorerReport, 'events' | 'actors' | 'loadSeconds'>> {
  await page.waitForFunction(`performance.getEntriesByName('timeline-first-item').length > 0`, undefined, { timeout: WAIT_MS });
  const firstItemMs = await page.evaluate<number>(`performance.getEntriesByName('timeline-first-item')[0].startTime`);
  const timelineAnswerMs = await page.evaluate<number>(`performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/timeline')).responseEnd`);
  const graphView = page.locator('[data-testid=graph-view][data-node-count]:not([data-node-count="0"])');
  await graphView.waitFor();
  const count = async (locator: string, attribute: string) => Number(await page.locator(locator).getAttribute(attribute));
  // The layout settles first (or gives up waiting), so the drag measures dragging, not settling.
  await page.waitForFunction('window.explorer.graphAtRest()', undefined, { timeout: 90_000 }).catch(() => undefined);
  const dragging = await recordFrames(page, 0, () => dragLargestClearNode(page, MEASURE_MS));
  // Before the pan: a pan moves the window, and the graph then follows it.
  const [graphNodes, graphEdges] = [await count('[data-testid=graph-view]', 'data-node-count'), await count('[data-testid=graph-view]', 'data-edge-count')];
  const timelineItems = await count('[data-testid=timeline]', 'data-item-count');
  const panning = await recordFrames(page, 0, () => panTimeline(page, MEASURE_MS));
  return { timelineItems, timelineAnswerMs, firstItemMs, graphNodes, graphEdges, dragging, panning };
}

/** Drags the timeline's item area left and right for `ms`, one pointer step per 16 ms. */
async function panTimeline(page: Page, ms: number): Promise<void> {
  const box = await page.locator('[data-testid=timeline] .vis-panel.vis-center').boundingBox();
  if (!box) throw new Error('explorer bench: the timeline is not on the page');
  const [x, y] = [box.x + box.width / 2, box.y + Math.min(box.height / 2, 40)];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let t = 0; t < ms; t += 16) await page.mouse.move(x + 300 * Math.sin((t / 1000) * Math.PI), y);
  await page.mouse.up();
}

/** The explorer section of `npm run bench`. */
export const explorerSection: BenchSection = {
  name: `explorer frame time (${SYNTHETIC.events.toLocaleString('en')} events, ${SYNTHETIC.actors.toLocaleString('en')} actors, real server, headless Chromium 1280×800; ${describeMachine()})`,
  async run() {
    const r = await measureExplorer((line) => process.stderr.write(`${line}\n`));
    const frames = (label: string, s: FrameStats): BenchFigure[] => [
      { label: `${label}: frame rate`, value: s.fps, unit: 'fps' },
      { label: `${label}: frame time mean`, value: s.meanMs, unit: 'ms' },
      { label: `${label}: frame time p95`, value: s.p95Ms, unit: 'ms' },
    ];
    return [
      { label: 'ingest of the history', value: r.loadSeconds, unit: 's' },
      { label: 'timeline: items drawn', value: r.timelineItems, unit: 'items' },
      { label: 'timeline: first answer received', value: r.timelineAnswerMs, unit: 'ms after navigation' },
      { label: 'timeline: first item painted', value: r.firstItemMs, unit: 'ms after navigation' },
      ...frames('timeline panning', r.panning),
      { label: 'graph: actors drawn', value: r.graphNodes, unit: 'nodes' },
      { label: 'graph: edges drawn', value: r.graphEdges, unit: 'edges' },
      ...frames('graph dragging a node', r.dragging),
    ];
  },
};

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  await runCli(async () => {
    for (const figure of await explorerSection.run({ dir: '', seconds: 3 })) process.stdout.write(`${figure.label.padEnd(40)} ${figure.value} ${figure.unit}\n`);
  });
}
