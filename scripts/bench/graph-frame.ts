/**
 * The graph view's frame time at 2,000 actors / 10,000 edges: the built client in Debian's
 * headless Chromium, its API answered with a generated graph, measured from requestAnimationFrame
 * intervals while the layout settles and while a node is dragged. Run alone with
 * `npx tsx scripts/bench/graph-frame.ts`, or as a section of `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page, type Route } from 'playwright-core';
import type { GraphResponse } from '../../server/contract/api.js';
import { ActorKindSchema, EventTypeSchema, RelationTypeSchema } from '../../server/contract/extraction.js';
import { projectRoot, runCli } from '../run-cli.js';
import { ensureClientBuilt } from '../start/ensure-client-built.js';
import type { BenchFigure, BenchSection } from './bench-section.js';
import { createRandom } from './create-random.js';
import { recordFrames, type FrameStats } from './frame-times.js';

const ORIGIN = 'http://bench.explorer.test';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const MEASURE_MS = 3_000;
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export interface GraphFrameReport {
  actors: number;
  edges: number;
  settling: FrameStats;
  dragging: FrameStats;
}

/** A graph shaped like news data: a few very active actors (power-law picks), mostly shared-event edges. */
export function generateGraph(actors: number, edges: number, seed = 42): GraphResponse {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const skewed = () => Math.floor(actors * random() ** 2.5);
  const nodes = Array.from({ length: actors }, (_, i) => ({ id: `actor_${i}`, name: `Actor ${i}`, kind: pick(ActorKindSchema.options), activity: 0 }));
  const seen = new Set<string>();
  const links: GraphResponse['edges'] = [];
  while (links.length < edges) {
    const [a, b] = [skewed(), Math.floor(random() * actors)];
    const relation = random() < 0.15;
    const type = relation ? pick(RelationTypeSchema.options) : pick(EventTypeSchema.options);
    const key = `${a}|${b}|${type}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const weight = 1 + Math.floor(random() ** 3 * 8);
    links.push({ source: nodes[a]!.id, target: nodes[b]!.id, kind: relation ? 'relation' : 'event', type, weight });
    nodes[a]!.activity += weight;
    nodes[b]!.activity += weight;
  }
  return { nodes, edges: links, capped: false };
}

/** Answers the page's requests: the API from the generated graph, everything else from client/dist. */
async function serve(route: Route, graph: GraphResponse): Promise<void> {
  const { pathname } = new URL(route.request().url());
  const json = (body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  if (pathname === '/api/graph') return json(graph);
  if (pathname === '/api/timeline') return json({ events: [], capped: false });
  if (pathname === '/api/health') return json({ status: 'ok', database: { reachable: true } });
  if (pathname.startsWith('/api/')) return route.fulfill({ status: 404, contentType: 'application/json', body: '{"code":"NOT_FOUND","message":"not in the benchmark"}' });
  const file = join(projectRoot, 'client', 'dist', normalize(pathname === '/' ? '/index.html' : pathname));
  const body = await readFile(file).catch(() => null);
  if (!body) return route.fulfill({ status: 404, body: '' });
  return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body });
}

/** Drags the most active node around a circle for `ms`, one pointer step per 16 ms. */
export async function dragBiggestNode(page: Page, ms: number): Promise<void> {
  const canvas = page.getByTestId('graph-canvas');
  const box = await canvas.boundingBox();
  const nodes = await page.evaluate<{ x: number; y: number; radius: number }[]>('window.explorer.graphNodes()');
  const biggest = nodes.reduce((a, b) => (b.radius > a.radius ? b : a));
  if (!box) throw new Error('graph-frame: the graph canvas is not on the page');
  const [cx, cy] = [box.x + biggest.x, box.y + biggest.y];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let t = 0; t < ms; t += 16) {
    const angle = (t / 1000) * Math.PI;
    await page.mouse.move(cx + 80 * Math.sin(angle), cy + 60 * (1 - Math.cos(angle)));
  }
  await page.mouse.up();
}

/** Runs the measurement and returns the report. */
export async function measureGraphFrameTime(actors: number, edges: number): Promise<GraphFrameReport> {
  await ensureClientBuilt(projectRoot);
  const graph = generateGraph(actors, edges);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(`${ORIGIN}/**`, (route) => serve(route, graph));
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(`[data-testid=graph-view][data-node-count="${actors}"]`, { timeout: 30_000 });
    const settling = await recordFrames(page, MEASURE_MS, async () => undefined);
    const dragging = await recordFrames(page, 0, () => dragBiggestNode(page, MEASURE_MS));
    return { actors, edges, settling, dragging };
  } finally {
    await browser.close();
  }
}

/** The report as the bench prints it. */
export function formatGraphFrameReport(report: GraphFrameReport): string {
  const line = (label: string, s: FrameStats) => `  ${label.padEnd(18)} ${String(s.fps).padStart(5)} fps  mean ${s.meanMs} ms  p95 ${s.p95Ms} ms  (${s.frames} frames)`;
  return [
    `graph view frame time (${report.actors.toLocaleString('en')} actors, ${report.edges.toLocaleString('en')} edges, headless Chromium 1280×800)`,
    line('layout settling', report.settling),
    line('dragging a node', report.dragging),
  ].join('\n');
}

const ACTORS = 2_000;
const EDGES = 10_000;

/** The graph view section of `npm run bench`: frames per second and frame times, settling and dragging. */
export const graphFrameSection: BenchSection = {
  name: `graph view frame time (${ACTORS.toLocaleString('en')} actors, ${EDGES.toLocaleString('en')} edges, headless Chromium 1280×800)`,
  async run() {
    const report = await measureGraphFrameTime(ACTORS, EDGES);
    return (
      [
        ['layout settling', report.settling],
        ['dragging a node', report.dragging],
      ] as const
    ).flatMap(([label, stats]): BenchFigure[] => [
      { label: `${label}: frame rate`, value: stats.fps, unit: 'fps' },
      { label: `${label}: frame time mean`, value: stats.meanMs, unit: 'ms' },
      { label: `${label}: frame time p95`, value: stats.p95Ms, unit: 'ms' },
    ]);
  },
};

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  await runCli(async () => process.stdout.write(`${formatGraphFrameReport(await measureGraphFrameTime(ACTORS, EDGES))}\n`));
}
