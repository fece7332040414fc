/**
 * The Cypher console in Chromium: the domain's own nodes open their panels by id, other nodes show
 * their properties; a new result replaces the last (no stale graph), and switches between table
 * and graph; full width and a dragged width; query history on the arrows across a reload;
 * Ctrl+Enter; completions from the graph's vocabulary; errors with Neo4j's position underlined.
 * Screenshots in test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLargestClearNode, readCount, readGraphNodes, settledNodeCount } from './explorer-page.js';
import { openExplorerSession, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, WAIT_MS, type ExplorerSession } from '../support/open-explorer-session.js';

let demo: ExplorerSession;
let page: Page;
beforeAll(async () => {
  demo = await openExplorerSession();
  page = demo.page;
}, SETUP_TIMEOUT_MS);
afterAll(() => demo?.close());

const editor = () => page.locator('[data-testid="cypher-editor"] .cm-content');

/** Replaces the editor's text (typed, so completion and history see it as a user's). */
async function writeQuery(text: string): Promise<void> {
  await editor().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function runWithCtrlEnter(text: string): Promise<void> {
  await writeQuery(text);
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('cypher-run').and(page.locator(':enabled')).waitFor();
}

const editorText = () => editor().evaluate((el) => (el as HTMLElement).innerText.trim());

async function openConsole(url = demo.explorer.url): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
  await page.getByTestId('tab-cypher').click();
}

/** Waits until the graph pane draws exactly `count` nodes and the layout rests, then clicks the largest clear one. */
async function clickDrawnNode(count: number, pick: (node: { name: string }) => boolean) {
  await expect.poll(() => readCount(page, 'graph-view', 'nodeCount'), { timeout: WAIT_MS }).toBe(count);
  await findLargestClearNode(page);
  const node = (await readGraphNodes(page)).find(pick)!;
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.click(box.x + node.x, box.y + node.y);
  return node;
}

describe('the Cypher console in Chromium', () => {
  it('runs the query with Ctrl+Enter and shows its rows', async () => {
    await openConsole();
    await runWithCtrlEnter('MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT 3');
    expect(await page.getByTestId('results-row').count()).toBe(3);
    await demo.screenshot('console-01-ctrl-enter');
  }, STEP_TIMEOUT_MS);

  it("opens an actor drawn from a query by its own id, not Neo4j's element id", async () => {
    await runWithCtrlEnter("MATCH (a:Actor {id: 'russia'}) RETURN a");
    await clickDrawnNode(1, () => true);
    await expect.poll(() => page.getByTestId('actor-panel').getByTestId('actor-name').textContent(), { timeout: WAIT_MS }).toBe('Russia');
    expect(page.url()).toMatch(/[?&]actor=russia(&|$)/);
    await demo.screenshot('console-02-actor-by-id');
  }, STEP_TIMEOUT_MS);

  it('opens an event drawn from a query in the evidence panel', async () => {
    await page.getByTestId('tab-cypher').click();
    const [row] = (await (await fetch(`${demo.explorer.url}/api/timeline?limit=1`)).json()).events as { id: string }[];
    await runWithCtrlEnter(`MATCH (e:Event {id: '${row!.id}'}) RETURN e`);
    await clickDrawnNode(1, () => true);
    await page.getByTestId('evidence-panel').getByTestId('evidence-sentence').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain(`event=${row!.id}`);
    await demo.screenshot('console-03-event-by-id');
  }, STEP_TIMEOUT_MS);

  it('shows the properties of a node that is neither actor nor event', async () => {
    await page.getByTestId('tab-cypher').click();
    await runWithCtrlEnter('MATCH (a:Article) RETURN a ORDER BY a.id LIMIT 1');
    await clickDrawnNode(1, () => true);
    const panel = page.getByTestId('node-panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.getByTestId('node-labels').textContent()).toBe(':Article');
    expect(await panel.getByTestId('node-properties').textContent()).toMatch(/title/);
    expect(await page.getByTestId('details-empty').isHidden()).toBe(true);
    await demo.screenshot('console-04-node-properties');
  }, STEP_TIMEOUT_MS);

  it('replaces a drawn result with a table-only one: the graph pane goes back to the window, nothing stale under a hint', async () => {
    await openConsole();
    const windowNodes = await settledNodeCount(page);
    await runWithCtrlEnter('MATCH (a:Actor)-[r:BACKS]->(b:Actor) RETURN a, r, b');
    await expect.poll(() => page.getByTestId('graph-banner').textContent(), { timeout: WAIT_MS }).toMatch(/Cypher/);
    expect(await page.getByTestId('results-view-graph').getAttribute('aria-checked')).toBe('true');
    await runWithCtrlEnter('MATCH (a:Actor) RETURN count(a) AS actors');
    await page.waitForURL((url) => !url.search.includes('graph=cypher'));
    await expect.poll(() => readCount(page, 'graph-view', 'nodeCount'), { timeout: WAIT_MS }).toBe(windowNodes);
    expect(await page.getByTestId('graph-banner').isHidden()).toBe(true);
    expect(await page.getByTestId('results-view-table').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('results-view-graph').isDisabled()).toBe(true);
    await demo.screenshot('console-05-table-replaces-graph');
  }, STEP_TIMEOUT_MS);

  it('switches a drawable result between the table and the graph', async () => {
    await runWithCtrlEnter('MATCH (a:Actor)-[r:BACKS]->(b:Actor) RETURN a, r, b');
    const drawn = Number((await page.getByTestId('cypher-status').textContent())?.match(/(\d+) nodes drawn/)?.[1]);
    await expect.poll(() => readCount(page, 'graph-view', 'nodeCount'), { timeout: WAIT_MS }).toBe(drawn);
    await page.getByTestId('results-view-table').click();
    await page.waitForURL((url) => !url.search.includes('graph=cypher'));
    expect(await page.getByTestId('results-row').count()).toBeGreaterThan(0);
    await page.getByTestId('results-view-graph').click();
    await page.waitForURL(/graph=cypher/);
    await expect.poll(() => readCount(page, 'graph-view', 'nodeCount'), { timeout: WAIT_MS }).toBe(drawn);
    await demo.screenshot('console-06-table-graph-switch');
  }, STEP_TIMEOUT_MS);

  it('lets the results take the full width, or a width dragged by hand', async () => {
    await page.getByTestId('results-view-table').click();
    const sidebar = page.locator('#sidebar');
    const before = (await sidebar.boundingBox())!.width;
    await page.getByTestId('cypher-wide').click();
    await expect.poll(async () => (await sidebar.boundingBox())!.width, { timeout: WAIT_MS }).toBeGreaterThan(1200);
    await demo.screenshot('console-07-full-width');
    await page.getByTestId('cypher-wide').click();
    const handle = (await page.getByTestId('sidebar-handle').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
    await page.mouse.down();
    await page.mouse.move(handle.x - 300, handle.y + 200, { steps: 5 });
    await page.mouse.up();
    expect((await sidebar.boundingBox())!.width).toBeGreaterThan(before + 250);
    await demo.screenshot('console-08-dragged-width');
  }, STEP_TIMEOUT_MS);

  it('recalls earlier queries with the up and down arrows, after a reload too', async () => {
    await openConsole();
    await runWithCtrlEnter('RETURN 1 AS first');
    await runWithCtrlEnter('RETURN 2 AS second');
    await openConsole();
    await writeQuery('RETURN 3 AS draft');
    await page.keyboard.press('ArrowUp');
    expect(await editorText()).toBe('RETURN 2 AS second');
    await page.keyboard.press('ArrowUp');
    expect(await editorText()).toBe('RETURN 1 AS first');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await editorText()).toBe('RETURN 3 AS draft');
    await demo.screenshot('console-09-history');
  }, STEP_TIMEOUT_MS);

  it.each([
    ['a label', 'MATCH (a:Act', 'Actor', 'MATCH (a:Actor'],
    ['a relationship type', 'MATCH (a)-[r:BA', 'BACKS', 'MATCH (a)-[r:BACKS'],
    ['a property key', 'MATCH (a:Actor) RETURN a.na', 'name', 'MATCH (a:Actor) RETURN a.name'],
  ])('completes %s from the names the graph uses', async (_case, typed, offered, completed) => {
    await writeQuery('');
    await page.keyboard.type(typed, { delay: 30 });
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: offered }).first();
    await option.waitFor();
    await demo.screenshot(`console-10-completion-${offered}`);
    await page.keyboard.press('Enter');
    expect(await editorText()).toBe(completed);
  }, STEP_TIMEOUT_MS);

  it("shows Neo4j's message for a syntax error and underlines where it points", async () => {
    await runWithCtrlEnter('MATCH (a:Actor) RETRN a');
    const error = page.getByTestId('cypher-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/Invalid input 'RETRN'.*\(line 1, column 17 \(offset: 16\)\)/s);
    const mark = page.locator('[data-testid="cypher-editor"] .cm-lintRange-error');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('RETRN');
    await demo.screenshot('console-11-error-position');
  }, STEP_TIMEOUT_MS);
});
