/**
 * The actor graph end to end, in Debian's Chromium at 1280×800 on the demo data: the legend stays out
 * of the drawing, the largest actor keeps its label and smaller ones get theirs on hover or zoom, the
 * layout spreads across the canvas, a drag pins a node and its menu unpins and pins again, hides (and
 * restores), shows its events and expands it, and "Fit" brings every node back into view.
 * Screenshots in test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorerSession, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, WAIT_MS, type ExplorerSession } from '../support/open-explorer-session.js';
import { findLargestClearNode, readCount, readGraphLinks, readGraphNodes, settledNodeCount, waitForLayoutAtRest, type ScreenNode } from './explorer-page.js';

let session: ExplorerSession;
let page: Page;

beforeAll(async () => {
  session = await openExplorerSession();
  page = session.page;
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await session?.close();
});

const canvasBox = async () => (await page.getByTestId('graph-canvas').boundingBox())!;
const nodeById = async (id: string) => (await readGraphNodes(page)).find((n) => n.id === id);

async function openMenuOn(node: ScreenNode): Promise<void> {
  const box = await canvasBox();
  await page.mouse.click(box.x + node.x, box.y + node.y, { button: 'right' });
  await page.getByTestId('node-menu').and(page.locator(':visible')).waitFor();
}

async function openFresh(): Promise<void> {
  await page.goto(session.explorer.url);
  await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
  await settledNodeCount(page);
  await waitForLayoutAtRest(page);
}

describe('the actor graph in Chromium', () => {
  it('keeps the legend collapsed in a corner clear of every node, and opens it on click', async () => {
    await openFresh();
    const legend = page.getByTestId('graph-legend');
    expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const box = (await legend.boundingBox())!;
    const canvas = await canvasBox();
    for (const node of await readGraphNodes(page)) {
      const [x, y] = [canvas.x + node.x, canvas.y + node.y];
      const clear = x + node.radius < box.x || x - node.radius > box.x + box.width || y + node.radius < box.y || y - node.radius > box.y + box.height;
      expect(clear, `${node.name} lies under the collapsed legend`).toBe(true);
    }
    await page.getByTestId('graph-legend-toggle').click();
    expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => legend.textContent()).toContain('link width: events shared');
    await session.screenshot('30-graph-legend-open');
    await page.getByTestId('graph-legend-toggle').click();
  }, STEP_TIMEOUT_MS);

  it('labels the largest actor and spreads the layout over most of the canvas width', async () => {
    const nodes = await readGraphNodes(page);
    const largest = [...nodes].sort((a, b) => b.radius - a.radius)[0]!;
    expect(largest.labelled, `${largest.name} has no label`).toBe(true);
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const canvas = await canvasBox();
    // A wide canvas gets a wide drawing: the nodes span more of the width than a disc would.
    expect((Math.max(...xs) - Math.min(...xs)) / canvas.width).toBeGreaterThan(0.6);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(Math.max(...ys) - Math.min(...ys));
    await session.screenshot('31-graph-layout');
  }, STEP_TIMEOUT_MS);

  it('draws the link of actors who share more events wider than that of actors who share one', async () => {
    // Relations have a look of their own; the weight of shared events is what the width shows.
    const shared = (await readGraphLinks(page)).filter((link) => link.kind === 'event').sort((a, b) => a.weight - b.weight);
    const [lightest, heaviest] = [shared[0]!, shared[shared.length - 1]!];
    expect(heaviest.weight).toBeGreaterThan(lightest.weight);
    expect(heaviest.width).toBeGreaterThan(lightest.width);
    await session.screenshot('31b-graph-link-width-by-weight');
  }, STEP_TIMEOUT_MS);

  it('pins a dragged node where it is dropped, and unpins it from its menu', async () => {
    await settledNodeCount(page);
    const node = await findLargestClearNode(page);
    const canvas = await canvasBox();
    const target = { x: Math.min(node.x + 120, canvas.width - 40), y: Math.max(node.y - 80, 40) };
    await page.mouse.move(node.pageX, node.pageY);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await page.mouse.move(node.pageX + ((canvas.x + target.x - node.pageX) * step) / 8, node.pageY + ((canvas.y + target.y - node.pageY) * step) / 8);
    }
    await page.mouse.up();
    await waitForLayoutAtRest(page);
    const dropped = (await nodeById(node.id))!;
    expect(dropped.pinned).toBe(true);
    expect(Math.hypot(dropped.x - target.x, dropped.y - target.y)).toBeLessThan(3);
    expect(await page.getByTestId('graph-view').getAttribute('data-pinned')).toBe(node.id);
    await session.screenshot('32-graph-node-pinned');

    await openMenuOn(dropped);
    await session.screenshot('33-graph-node-menu');
    await page.getByTestId('node-menu-unpin').click();
    await expect.poll(async () => (await nodeById(node.id))?.pinned, { timeout: WAIT_MS }).toBe(false);
    // Unpinned, the layout takes the node back among its neighbours.
    await waitForLayoutAtRest(page);
    const released = (await nodeById(node.id))!;
    expect(Math.hypot(released.x - target.x, released.y - target.y)).toBeGreaterThan(3);

    // Pinned again from the menu, where the layout left it.
    await openMenuOn(released);
    await page.getByTestId('node-menu-pin').click();
    await expect.poll(async () => (await nodeById(node.id))?.pinned, { timeout: WAIT_MS }).toBe(true);
    const repinned = (await nodeById(node.id))!;
    expect(Math.hypot(repinned.x - released.x, repinned.y - released.y)).toBeLessThan(3);
    await session.screenshot('33b-graph-node-pinned-from-menu');
    await openMenuOn(repinned);
    await page.getByTestId('node-menu-unpin').click();
    await expect.poll(async () => (await nodeById(node.id))?.pinned, { timeout: WAIT_MS }).toBe(false);
  }, STEP_TIMEOUT_MS);

  it('labels a smaller actor while the pointer rests on it', async () => {
    await waitForLayoutAtRest(page);
    const nodes = await readGraphNodes(page);
    const canvas = await canvasBox();
    // An unlabelled node that no other node overlaps, so that the pointer rests on it alone.
    const small = nodes.find((n) => !n.labelled && n.x > 20 && n.y > 20 && n.x < canvas.width - 20 && n.y < canvas.height - 20 &&
      nodes.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > o.radius + n.radius + 4));
    expect(small, 'every node clear of the others is labelled already').toBeDefined();
    await page.mouse.move(canvas.x + small!.x, canvas.y + small!.y);
    await expect.poll(async () => (await nodeById(small!.id))?.labelled, { timeout: WAIT_MS }).toBe(true);
    await session.screenshot('33c-graph-label-on-hover');
    await page.mouse.move(canvas.x + 5, canvas.y + canvas.height - 5);
    await expect.poll(async () => (await nodeById(small!.id))?.labelled, { timeout: WAIT_MS }).toBe(false);
  }, STEP_TIMEOUT_MS);

  it('labels more actors when zoomed in, and brings every node back into view with "Fit"', async () => {
    const canvas = await canvasBox();
    const unlabelled = new Set((await readGraphNodes(page)).filter((n) => !n.labelled).map((n) => n.id));
    expect(unlabelled.size).toBeGreaterThan(0);
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -300);
    const inView = (nodes: ScreenNode[]) => nodes.filter((n) => n.x >= 0 && n.y >= 0 && n.x <= canvas.width && n.y <= canvas.height).length;
    const total = (await readGraphNodes(page)).length;
    await expect.poll(async () => inView(await readGraphNodes(page)), { timeout: WAIT_MS }).toBeLessThan(total);
    // Zoomed in, nodes that were too small for a label are large enough on screen to get one.
    await expect.poll(async () => (await readGraphNodes(page)).some((n) => unlabelled.has(n.id) && n.labelled), { timeout: WAIT_MS }).toBe(true);
    await session.screenshot('34-graph-zoomed-in');
    await page.getByTestId('graph-fit').click();
    await expect.poll(async () => inView(await readGraphNodes(page)), { timeout: WAIT_MS }).toBe(total);
    await session.screenshot('35-graph-fit');
  }, STEP_TIMEOUT_MS);

  it('hides a node from its menu and restores it with "Show all"', async () => {
    const before = await readCount(page, 'graph-view', 'nodeCount');
    const node = await findLargestClearNode(page);
    await openMenuOn(node);
    await page.getByTestId('node-menu-hide').click();
    await expect.poll(() => readCount(page, 'graph-view', 'nodeCount'), { timeout: WAIT_MS }).toBe(before - 1);
    expect(await nodeById(node.id)).toBeUndefined();
    expect(await page.getByTestId('graph-hidden').textContent()).toContain('1 hidden');
    await session.screenshot('36-graph-node-hidden');
    await page.getByTestId('graph-restore-hidden').click();
    await expect.poll(() => readCount(page, 'graph-view', 'nodeCount'), { timeout: WAIT_MS }).toBe(before);
    expect(await page.getByTestId('graph-hidden').isHidden()).toBe(true);
  }, STEP_TIMEOUT_MS);

  it("shows a node's events in the timeline from its menu, reached by keyboard too", async () => {
    await waitForLayoutAtRest(page);
    const node = await findLargestClearNode(page);
    await openMenuOn(node);
    await page.getByTestId('node-menu-events').click();
    await page.waitForURL(new RegExp(`actor=${encodeURIComponent(node.id)}`));
    await page.locator('[data-testid="timeline"] .ev-highlight').first().waitFor();
    await page.getByTestId('actor-panel').getByTestId('actor-name').waitFor();
    await session.screenshot('37-graph-node-events');
    // With the actor selected, the canvas's menu key opens the same menu, and arrows move through it.
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('node-menu').and(page.locator(':visible')).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('node-menu-hide');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('node-menu').isHidden()).toBe(true);
  }, STEP_TIMEOUT_MS);

  it("expands a node's neighbourhood from its menu", async () => {
    const node = await findLargestClearNode(page);
    await openMenuOn(node);
    await page.getByTestId('node-menu-expand').click();
    await page.waitForURL(new RegExp(`expand=${encodeURIComponent(node.id)}`));
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    await session.screenshot('38-graph-node-expanded');
  }, STEP_TIMEOUT_MS);
});
