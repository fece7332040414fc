/**
 * The explorer end to end, in Debian's Chromium: the demo data loaded into the test Neo4j, the app
 * served in-process, and a reader's path through it. Steps share one page and run in order; each
 * leaves a screenshot in test-artifacts/e2e/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST_DIR } from '../support/build-client.js';
import { findFreePort } from '../../scripts/free-port.js';
import { openExplorerSession, SCREENSHOT_DIR, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, WAIT_MS, type ExplorerSession } from '../support/open-explorer-session.js';
import { startExplorer, type RunningExplorer } from '../support/start-explorer.js';
import { clickLargestGraphNode, clickVisibleTimelineItem, findLargestClearNode, readCount, readGraphNodes, runCypher, scrollTimelineUntil } from './explorer-page.js';

let session: ExplorerSession;
let explorer: RunningExplorer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  session = await openExplorerSession();
  ({ explorer, browser, page } = session);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await session?.close();
});

const screenshot = (name: string) => session.screenshot(name);

describe('the explorer in Chromium', () => {
  let initialNodes = 0;
  let actorName = '';

  it('shows actors in the graph and events on the timeline once the demo data is loaded', async () => {
    await page.goto(explorer.url);
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    await page.locator('[data-testid="timeline-item"]').first().waitFor();
    initialNodes = await readCount(page, 'graph-view', 'nodeCount');
    expect(initialNodes).toBeGreaterThan(0);
    expect(await readCount(page, 'timeline', 'itemCount')).toBeGreaterThan(0);
    // The timeline opens on its first group, not scrolled down to its last.
    const firstGroup = (await page.locator('[data-testid="timeline"] .vis-label').first().boundingBox())!;
    const timelineBox = (await page.locator('[data-testid="timeline"] .vis-timeline').boundingBox())!;
    expect(firstGroup.y).toBeGreaterThanOrEqual(timelineBox.y);
    expect(firstGroup.y).toBeLessThan(timelineBox.y + timelineBox.height);
    await screenshot('01-first-view');
  }, STEP_TIMEOUT_MS);

  it('shows fewer actors when the timeline is zoomed into a narrower window', async () => {
    const timeline = page.locator('[data-testid="timeline"] .vis-timeline');
    const box = (await timeline.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Each wheel step zooms vis-timeline in by a fraction; eight take the full span to a few months.
    for (let step = 0; step < 8; step++) await page.mouse.wheel(0, -200);
    await page.waitForURL(/[?&]from=\d{4}-\d{2}-\d{2}.*&to=\d{4}-\d{2}-\d{2}/);
    await page.waitForFunction(
      (before) => {
        const view = document.querySelector<HTMLElement>('[data-testid="graph-view"]');
        return view?.dataset.state !== 'loading' && Number(view?.dataset.nodeCount) < before;
      },
      initialNodes,
    );
    expect(await readCount(page, 'graph-view', 'nodeCount')).toBeLessThan(initialNodes);
    await screenshot('02-narrowed-window');
  }, STEP_TIMEOUT_MS);

  it("opens an actor's panel with its events when the actor is clicked in the graph", async () => {
    await page.goto(explorer.url);
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    const actor = await clickLargestGraphNode(page);
    actorName = actor.name;
    const panel = page.getByTestId('actor-panel');
    await expect.poll(() => panel.getByTestId('actor-name').textContent(), { timeout: WAIT_MS }).toBe(actor.name);
    await panel.getByTestId('actor-events').locator('li').first().waitFor();
    expect(page.url()).toContain(`actor=${encodeURIComponent(actor.id)}`);
    await screenshot('03-actor-panel');
  }, STEP_TIMEOUT_MS);

  it('highlights the evidence sentences inside the article when an event is clicked', async () => {
    await clickVisibleTimelineItem(page);
    const evidence = page.getByTestId('evidence-panel');
    await evidence.getByTestId('evidence-sentence').first().waitFor();
    const sentence = (await evidence.getByTestId('evidence-sentence').first().textContent()) ?? '';
    expect(sentence.trim().length).toBeGreaterThan(0);
    expect(await evidence.getByTestId('article-text').textContent()).toContain(sentence);
    expect(page.url()).toMatch(/[?&]event=/);
    await screenshot('04-evidence');
  }, STEP_TIMEOUT_MS);

  it('returns to the actor with the back button, and restores the event from its link in a new window', async () => {
    const eventLink = page.url();
    await page.goBack();
    await page.getByTestId('evidence-panel').waitFor({ state: 'hidden' });
    expect(page.url()).not.toMatch(/[?&]event=/);
    expect(await page.getByTestId('actor-panel').getByTestId('actor-name').textContent()).toBe(actorName);
    await screenshot('05-back-to-actor');

    const shared = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await shared.goto(eventLink);
      await shared.getByTestId('evidence-panel').getByTestId('evidence-sentence').first().waitFor({ timeout: WAIT_MS });
      await shared.screenshot({ path: join(SCREENSHOT_DIR, '06-event-link-restored.png') });
    } finally {
      await shared.close();
    }
  }, STEP_TIMEOUT_MS);

  it('shows the rows of a read query run in the Cypher console', async () => {
    await runCypher(page, 'MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT 5');
    await page.getByTestId('results-row').first().waitFor();
    expect(await page.getByTestId('results-row').count()).toBe(5);
    await expect.poll(() => page.getByTestId('cypher-error').isHidden()).toBe(true);
    await screenshot('07-cypher-rows');
  }, STEP_TIMEOUT_MS);

  it('shows an inline error, and no rows, when the console is given a write query', async () => {
    await runCypher(page, "CREATE (x:Intruder {name: 'e2e'}) RETURN x");
    const error = page.getByTestId('cypher-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/read/i);
    expect(await page.getByTestId('results-row').count()).toBe(0);
    const written = await explorer.driver.executeQuery('MATCH (x:Intruder) RETURN count(x) AS n', {}, { database: explorer.database });
    expect(written.records[0]?.get('n')).toBe(0);
    await screenshot('08-cypher-write-refused');
  }, STEP_TIMEOUT_MS);

  it("groups the timeline by actor with the switch, the selected actor's events highlighted", async () => {
    await page.goto(explorer.url);
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    const actor = await clickLargestGraphNode(page);
    await page.getByTestId('timeline-group-switch').getByRole('radio', { name: 'actor' }).click();
    await page.waitForURL(/[?&]group=actor/);
    await page.locator('[data-testid="timeline"] .vis-label', { hasText: actor.name }).first().waitFor();
    await page.locator('[data-testid="timeline"] .vis-item.ev-highlight').first().waitFor();
    // The others' events are dimmed: those of the groups below the selected actor's.
    expect(await scrollTimelineUntil(page, '.vis-item.ev-dim')).toBeGreaterThan(0);
    await screenshot('09-timeline-by-actor');
  }, STEP_TIMEOUT_MS);

  /** A one-day window (of the days events happened) whose largest clear actor has neighbours outside it, opened in the page. */
  async function findWindowWithOutsideNeighbours() {
    const timeline = (await (await fetch(`${explorer.url}/api/timeline?limit=500`)).json()) as { events: { start: string | null }[] };
    const days = [...new Set(timeline.events.flatMap((e) => (e.start ? [e.start] : [])))].sort();
    for (const day of days) {
      await page.goto(`${explorer.url}/?from=${day}&to=${day}`);
      await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
      const shown = (await readGraphNodes(page)).map((node) => node.id);
      if (shown.length === 0) continue;
      const actor = await findLargestClearNode(page);
      const hood = (await (await fetch(`${explorer.url}/api/graph?actors=${encodeURIComponent(actor.id)}&limit=200`)).json()) as { nodes: { id: string }[] };
      const outside = hood.nodes.map((n) => n.id).filter((id) => !shown.includes(id));
      if (outside.length > 0) return { actor, outside };
    }
    throw new Error('no day of the demo data has an actor with neighbours outside it');
  }

  it("adds an actor's neighbours from outside the window when it is double-clicked", async () => {
    const { actor, outside } = await findWindowWithOutsideNeighbours();
    await page.mouse.click(actor.pageX, actor.pageY, { clickCount: 2 });
    await page.waitForURL(new RegExp(`[?&]expand=${encodeURIComponent(actor.id)}`));
    await expect.poll(() => page.getByTestId('graph-banner').textContent(), { timeout: WAIT_MS }).toMatch(/expanded/);
    await expect.poll(async () => (await readGraphNodes(page)).map((node) => node.id), { timeout: WAIT_MS }).toEqual(expect.arrayContaining(outside));
    await screenshot('10-neighbourhood-expanded');
  }, STEP_TIMEOUT_MS);

  it("draws a Cypher result's nodes in the graph view, from an example one click away", async () => {
    await page.getByTestId('tab-cypher').click();
    await page.getByTestId('cypher-example').filter({ hasText: /drawn as a graph/ }).first().click();
    await page.getByTestId('results-row').first().waitFor();
    await expect.poll(() => page.getByTestId('graph-banner').textContent(), { timeout: WAIT_MS }).toMatch(/Cypher/);
    const drawn = Number((await page.getByTestId('cypher-status').textContent())?.match(/(\d+) nodes drawn/)?.[1]);
    expect(drawn).toBeGreaterThan(0);
    await expect.poll(() => readCount(page, 'graph-view', 'nodeCount'), { timeout: WAIT_MS }).toBe(drawn);
    await screenshot('11-cypher-graph');
  }, STEP_TIMEOUT_MS);

  it('suggests actors while a name is typed, and opens the one picked', async () => {
    await page.goto(explorer.url);
    await page.getByTestId('search-box').fill('Kerr');
    const suggestion = page.getByTestId('search-suggestion').first();
    await suggestion.waitFor();
    const name = (await suggestion.locator('span').textContent()) ?? '';
    expect(name).toMatch(/Kerry/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('actor-panel').getByTestId('actor-name').textContent(), { timeout: WAIT_MS }).toBe(name);
    expect(page.url()).toMatch(/[?&]actor=/);
    await screenshot('12-search-picked');
  }, STEP_TIMEOUT_MS);

  it('hides a kind of actor with its filter, keeps it in the URL, and brings it back with the back button', async () => {
    await page.goto(explorer.url);
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    const kinds = async () => (await readGraphNodes(page)).map((node) => node.kind);
    expect(await kinds()).toContain('person');
    await page.getByTestId('filter-kind').filter({ hasText: 'Person' }).click();
    await page.waitForURL(/[?&]kinds=/);
    await expect.poll(async () => (await kinds()).includes('person'), { timeout: WAIT_MS }).toBe(false);
    expect((await kinds()).length).toBeGreaterThan(0);
    await screenshot('13-kind-filtered');
    await page.goBack();
    await expect.poll(async () => (await kinds()).includes('person'), { timeout: WAIT_MS }).toBe(true);
    expect(page.url()).not.toMatch(/[?&]kinds=/);
  }, STEP_TIMEOUT_MS);

  it('names an actor, its kind and its events in view in a tooltip when the pointer rests on it, and its events in all in its panel', async () => {
    await page.goto(explorer.url);
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    const node = await findLargestClearNode(page);
    await page.mouse.move(node.pageX, node.pageY);
    const tooltip = page.getByTestId('graph-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const text = (await tooltip.textContent()) ?? '';
    expect(text.startsWith(`${node.name} · `)).toBe(true);
    expect(text).toMatch(/ · \d+ events? in view$/);
    await screenshot('14-hover-tooltip');
    // The panel counts every date's events, and says so: the two counts differ when the window cuts some off.
    await page.mouse.click(node.pageX, node.pageY);
    await expect.poll(() => page.getByTestId('actor-panel').getByTestId('actor-activity').textContent(), { timeout: WAIT_MS }).toMatch(/^\d+ events? in all · /);
    await screenshot('14b-actor-events-in-all');
  }, STEP_TIMEOUT_MS);
});

describe('the explorer in Chromium with its database down', () => {
  it('says once, in the notice, that the database is unreachable, and why the graph is empty in its place', async () => {
    const down = await startExplorer({ uri: `bolt://127.0.0.1:${await findFreePort()}`, user: 'neo4j', password: 'unused-password', database: 'neo4j' }, CLIENT_DIST_DIR);
    const downPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await downPage.goto(down.url);
      const notice = downPage.getByTestId('health-notice');
      await notice.waitFor({ state: 'visible', timeout: WAIT_MS });
      expect(await notice.textContent()).toMatch(/database is not reachable/);
      await downPage.locator('[data-testid="graph-view"][data-state="error"]').waitFor({ timeout: WAIT_MS });
      expect(await downPage.getByTestId('graph-status').textContent()).toMatch(/database is down/);
      await downPage.locator('[data-testid="timeline"][data-state="error"]').waitFor({ timeout: WAIT_MS });
      expect(await downPage.getByText(/database is not reachable/).count()).toBe(1);
      expect(await downPage.getByTestId('graph-banner').isHidden()).toBe(true);
      await downPage.screenshot({ path: join(SCREENSHOT_DIR, '15-database-down.png') });
    } finally {
      await downPage.close();
      await down.close();
    }
  }, STEP_TIMEOUT_MS);
});
