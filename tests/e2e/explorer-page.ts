/** What the end-to-end tests do on the explorer's page, through its test ids and its `window.explorer` handle. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { WAIT_MS } from '../support/open-explorer-session.js';

export interface ScreenNode {
  id: string;
  name: string;
  kind: string;
  x: number;
  y: number;
  radius: number;
  /** Whether the node's label was drawn in the last frame. */
  labelled: boolean;
  pinned: boolean;
}

/** A numeric `data-*` attribute of the element with the given test id (e.g. the graph's node count). */
export async function readCount(page: Page, testid: string, key: string): Promise<number> {
  const value = await page.getByTestId(testid).evaluate((el, name) => (el as HTMLElement).dataset[name], key);
  if (value === undefined) throw new Error(`readCount: [data-testid="${testid}"] has no data-${key}`);
  return Number(value);
}

// The canvas counts a click a few pixels outside a node's disc as a hit on it (graph-canvas.ts).
const CLICK_SLACK_PX = 4;

/**
 * The largest graph node that lies clear of the others, once the layout is at rest, with its page
 * coordinates. The canvas has no DOM per node, so positions come from `window.explorer.graphNodes()`.
 */
export async function findLargestClearNode(page: Page): Promise<ScreenNode & { pageX: number; pageY: number }> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await waitForLayoutAtRest(page);
  const nodes = await readGraphNodes(page);
  const inside = nodes.filter((n) => n.x > n.radius && n.y > n.radius && n.x < box.width - n.radius && n.y < box.height - n.radius);
  // A click hits the topmost node under the pointer: skip centres another node overlaps.
  const clear = inside.filter((n) => nodes.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > o.radius + CLICK_SLACK_PX));
  const node = clear.sort((a, b) => b.radius - a.radius)[0];
  if (!node) throw new Error('findLargestClearNode: no graph node lies clear of others inside the canvas');
  return { ...node, pageX: box.x + node.x, pageY: box.y + node.y };
}

/** Clicks (or double-clicks, `clicks: 2`) the largest graph node clear of the others; returns it. */
export async function clickLargestGraphNode(page: Page, clicks: 1 | 2 = 1): Promise<ScreenNode> {
  const node = await findLargestClearNode(page);
  await page.mouse.click(node.pageX, node.pageY, { clickCount: clicks });
  return node;
}

/**
 * The window graph's node count once the page has gone quiet: on a loaded machine the timeline's
 * first load can choose the opening window after the first graph is drawn, and the graph then
 * redraws for it (moving and refitting every node).
 */
export async function settledNodeCount(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  let last = -1;
  await expect
    .poll(async () => {
      const timelineLoaded = (await page.getByTestId('timeline').getAttribute('data-state')) !== 'loading';
      const ready = (await page.getByTestId('graph-view').getAttribute('data-state')) === 'ready';
      const now = await readCount(page, 'graph-view', 'nodeCount');
      const steady = timelineLoaded && ready && now === last;
      last = now;
      return steady;
    }, { timeout: WAIT_MS, interval: 1000 })
    .toBe(true);
  return last;
}

// At rest: the layout says so (before its first positions it never does), nodes are drawn, and
// no node moved more than half a pixel since the previous sample (the view may still be fitting).
export async function waitForLayoutAtRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const win = window as unknown as ExplorerWindow & { lastE2eSample?: string };
      const nodes = win.explorer?.graphNodes() ?? [];
      const previous = win.lastE2eSample ? (JSON.parse(win.lastE2eSample) as ScreenNode[]) : [];
      win.lastE2eSample = JSON.stringify(nodes);
      return nodes.length > 0 && win.explorer.graphAtRest() && nodes.length === previous.length &&
        nodes.every((n, i) => Math.hypot(n.x - previous[i]!.x, n.y - previous[i]!.y) < 0.5);
    },
    undefined,
    { polling: 100 },
  );
}

/** Opens the Cypher console, replaces the editor's text with `query` and runs it with Ctrl+Enter. */
export async function runCypher(page: Page, query: string): Promise<void> {
  await page.getByTestId('tab-cypher').click();
  const editor = page.locator('[data-testid="cypher-editor"] .cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('cypher-run').and(page.locator(':enabled')).waitFor();
}

/** The nodes the graph draws, at their screen positions. */
export async function readGraphNodes(page: Page): Promise<ScreenNode[]> {
  return page.evaluate(() => (window as unknown as ExplorerWindow).explorer.graphNodes());
}

export interface ScreenLink {
  source: string;
  target: string;
  kind: 'event' | 'relation';
  /** Events the two actors share (1 for a stated relation). */
  weight: number;
  /** Stroke width in screen pixels in the last frame. */
  width: number;
  /** Drawn at full strength (false: faded behind a selection). */
  emphasised: boolean;
}

/** The links the graph draws, as it draws them. */
export async function readGraphLinks(page: Page): Promise<ScreenLink[]> {
  return page.evaluate(() => (window as unknown as ExplorerWindow).explorer.graphLinks());
}

interface ExplorerWindow {
  explorer: { graphNodes(): ScreenNode[]; graphLinks(): ScreenLink[]; graphAtRest(): boolean };
}

/**
 * The middle of the visible part of the first timeline item (or, with `testid: 'timeline-cluster'`,
 * cluster) that lies inside the timeline's visible panel, and its event id. vis-timeline scrolls its
 * groups itself, so the browser cannot scroll an item into view.
 */
export async function findVisibleTimelineItem(page: Page, testid = 'timeline-item'): Promise<{ x: number; y: number; eventId: string | null }> {
  const panel = (await page.locator('[data-testid="timeline"] .vis-panel.vis-center').boundingBox())!;
  for (const item of await page.locator('[data-testid="timeline"] .vis-item').filter({ has: page.getByTestId(testid) }).all()) {
    const box = await item.boundingBox();
    if (!box) continue;
    const [left, right] = [Math.max(box.x, panel.x), Math.min(box.x + box.width, panel.x + panel.width)];
    const y = box.y + box.height / 2;
    if (left < right && y > panel.y && y < panel.y + panel.height) {
      return { x: (left + right) / 2, y, eventId: await item.getByTestId(testid).getAttribute('data-event-id') };
    }
  }
  throw new Error(`findVisibleTimelineItem: no ${testid} lies inside the visible panel`);
}

/** Clicks the first timeline item that lies inside the timeline's visible panel. */
export async function clickVisibleTimelineItem(page: Page): Promise<void> {
  const { x, y } = await findVisibleTimelineItem(page);
  await page.mouse.click(x, y);
}

/** Scrolls the timeline's groups down (the wheel over the group labels) until `selector` matches an item. */
export async function scrollTimelineUntil(page: Page, selector: string): Promise<number> {
  await page.locator('[data-testid="timeline"] .vis-panel.vis-left').hover();
  for (let step = 0; step < 40; step++) {
    const count = await page.locator(`[data-testid="timeline"] ${selector}`).count();
    if (count > 0) return count;
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
  }
  return 0;
}
