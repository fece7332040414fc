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

/**
 * Presses on the largest node that no other node covers (a press on a hub covered by its neighbours
 * would grab one of them), drags it round an ellipse for `ms`, one pointer step per 16 ms, then checks
 * that a node was dragged: exactly one more node is pinned, and it lies under the pointer. A press
 * that missed every node would pan the view instead, and the frames would not be those of a drag.
 * (A layout still moving may have slid another node under the pointer: that one is dragged.)
 */
export async function dragLargestClearNode(page: Page, ms: number): Promise<void> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('graph-frame: the graph canvas is not on the page');
  const nodes = await readNodes(page);
  // The drag's ellipse reaches 80 px either side and 120 px below: it stays inside the canvas.
  const inside = nodes.filter((n) => n.x > 80 + n.radius && n.y > n.radius && n.x < box.width - 80 - n.radius && n.y < box.height - 120 - n.radius);
  const clear = inside.filter((n) => nodes.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > o.radius + 3));
  const chosen = clear.reduce<(typeof nodes)[number] | undefined>((a, b) => (a && a.radius >= b.radius ? a : b), undefined);
  if (!chosen) throw new Error('graph-frame: no node lies clear of the others inside the canvas');
  const pinnedBefore = new Set(nodes.filter((n) => n.pinned).map((n) => n.id));
  const [cx, cy] = [box.x + chosen.x, box.y + chosen.y];
  let pointer = { x: cx, y: cy };
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let t = 0; t < ms; t += 16) {
    const angle = (t / 1000) * Math.PI;
    pointer = { x: cx + 80 * Math.sin(angle), y: cy + 60 * (1 - Math.cos(angle)) };
    await page.mouse.move(pointer.x, pointer.y);
  }
  await page.mouse.up();
  const dragged = (await readNodes(page)).filter((n) => n.pinned && !pinnedBefore.has(n.id));
  const misses = dragged.map((n) => Math.hypot(box.x + n.x - pointer.x, box.y + n.y - pointer.y) - n.radius);
  if (dragged.length !== 1 || misses[0]! > 0) {
    throw new Error(`graph-frame: the drag from ${chosen.name} moved no node (${dragged.length} newly pinned, ${misses.map((m) => m.toFixed(1)).join(', ')} px outside the pointer)`);
  }
}

function readNodes(page: Page): Promise<{ id: string; name: string; x: number; y: number; radius: number; pinned: boolean }[]> {
  return page.evaluate('window.explorer.graphNodes()');
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
    const dragging = await recordFrames(page, 0, () => dragLargestClearNode(page, MEASURE_MS));
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
