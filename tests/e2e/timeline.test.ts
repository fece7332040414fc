/**
 * The timeline and the layout end to end, in Debian's Chromium on the demo data: every lane visible
 * at 1280×800, short labels with the full summary in the tooltip, clusters that open on a
 * double-click, the undated tray, quick ranges and fit-all, a selected event brought into view, zoom
 * steps on the history, the draggable split; Escape and `/`. Screenshots in test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findVisibleTimelineItem, readGraphLinks, readGraphNodes, waitForLayoutAtRest, type ScreenLink } from './explorer-page.js';
import { ingestExtraction } from '../../server/graph/ingest-extraction.js';
import { buildEvent, buildExtraction } from '../support/build-extraction.js';
import { openExplorerSession, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, WAIT_MS, type ExplorerSession } from '../support/open-explorer-session.js';

interface ApiEvent {
  id: string;
  start: string | null;
  precision: string;
  summary: string;
}

let session: ExplorerSession;
let page: Page;
let events: ApiEvent[];

beforeAll(async () => {
  session = await openExplorerSession();
  page = session.page;
  events = ((await (await fetch(`${session.explorer.url}/api/timeline?limit=5000`)).json()) as { events: ApiEvent[] }).events;
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await session?.close();
});

const timeline = () => page.locator('[data-testid="timeline"]');
const windowOfUrl = () => {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from'), to: params.get('to') };
};
const daysIn = (window: { from: string | null; to: string | null }) =>
  (Date.parse(`${window.to}T00:00:00Z`) - Date.parse(`${window.from}T00:00:00Z`)) / 86_400_000 + 1;

async function fetchParticipants(eventId: string): Promise<string[]> {
  const details = (await (await fetch(`${session.explorer.url}/api/events/${encodeURIComponent(eventId)}`)).json()) as { event: { participants: { actor: string }[] } };
  return details.event.participants.map((p) => p.actor);
}

async function openFresh(search = ''): Promise<void> {
  await page.goto(`${session.explorer.url}/${search}`);
  await timeline().locator('[data-testid="timeline-item"]').first().waitFor();
}

describe('the timeline in Chromium', () => {
  it('shows every event-type lane at 1280×800, in a pane of at least 40 % of the height', async () => {
    await openFresh();
    await session.screenshot('20-timeline-all-lanes');
    const pane = (await timeline().boundingBox())!;
    expect(pane.height).toBeGreaterThanOrEqual(0.4 * 800 - 2);
    const panel = (await timeline().locator('.vis-panel.vis-left').boundingBox())!;
    const labels = await timeline().locator('.vis-labelset .vis-label').all();
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) {
      const box = (await label.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(panel.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height + 1);
    }
  }, STEP_TIMEOUT_MS);

  it('expands the lanes to one row per overlapping item when a lane name is clicked, and collapses them again', async () => {
    const rowsOf = () => timeline().locator('.vis-labelset .vis-label').first().evaluate((el) => el.getBoundingClientRect().height);
    const collapsed = await rowsOf();
    await timeline().locator('.vis-labelset .vis-label').first().click();
    await expect.poll(() => timeline().getByTestId('timeline-expand').getAttribute('aria-pressed')).toBe('true');
    expect(await rowsOf()).toBeGreaterThanOrEqual(collapsed);
    await session.screenshot('20b-timeline-expanded');
    await timeline().getByTestId('timeline-expand').click();
    await expect.poll(() => rowsOf(), { timeout: WAIT_MS }).toBe(collapsed);
    // Collapsed again, overlapping items are clustered again.
    await timeline().getByTestId('timeline-cluster').first().waitFor();
  }, STEP_TIMEOUT_MS);

  it('labels items with their type and participants, not a cut sentence', async () => {
    const labels = await timeline().getByTestId('timeline-item').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z]+( · .+)?$/);
    await session.screenshot('20c-timeline-short-labels');
  }, STEP_TIMEOUT_MS);

  it("shows an item's full summary in its tooltip", async () => {
    const item = await findVisibleTimelineItem(page);
    const summary = events.find((e) => e.id === item.eventId)!.summary;
    await page.mouse.move(item.x, item.y);
    const tooltip = page.locator('.vis-tooltip');
    await expect.poll(() => tooltip.textContent(), { timeout: WAIT_MS }).toContain(summary);
    expect(await tooltip.isVisible()).toBe(true);
    await session.screenshot('20d-timeline-tooltip');
    await page.mouse.move(5, 5);
  }, STEP_TIMEOUT_MS);

  it('draws overlapping events as a cluster, which a double-click opens into a narrower window', async () => {
    const cluster = await findVisibleTimelineItem(page, 'timeline-cluster');
    const before = windowOfUrl();
    await session.screenshot('20e-timeline-cluster');
    await page.mouse.dblclick(cluster.x, cluster.y);
    // The window the cluster fits is the reader's: it reaches the URL, and the graph follows it.
    await expect.poll(() => windowOfUrl().from !== before.from || windowOfUrl().to !== before.to, { timeout: WAIT_MS }).toBe(true);
    expect(daysIn(windowOfUrl())).toBeLessThan(daysIn(before));
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    await session.screenshot('20f-timeline-cluster-opened');
  }, STEP_TIMEOUT_MS);

  it('opens on a window chosen from the events, and says how many are in view and in all', async () => {
    const window = windowOfUrl();
    expect(window.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const counts = timeline().getByTestId('timeline-counts');
    const dated = events.filter((e) => e.start !== null && e.precision !== 'unknown').length;
    await expect.poll(() => counts.getAttribute('data-all'), { timeout: WAIT_MS }).toBe(String(dated));
    expect(await counts.textContent()).toMatch(/^\d+ in view · \d+ in all$/);
    await session.screenshot('20g-timeline-counts');
  }, STEP_TIMEOUT_MS);

  it('lists the undated events in a tray, and opens the evidence of the one picked', async () => {
    const undated = events.filter((e) => e.start === null || e.precision === 'unknown');
    const tray = timeline().getByTestId('timeline-undated');
    if (undated.length === 0) {
      expect(await tray.isHidden()).toBe(true);
      return;
    }
    expect(await tray.textContent()).toBe(`Undated (${undated.length})`);
    await tray.click();
    const entries = timeline().getByTestId('timeline-undated-event');
    expect(await entries.count()).toBe(undated.length);
    const id = await entries.first().getAttribute('data-event-id');
    await entries.first().click();
    await page.getByTestId('evidence-panel').getByTestId('evidence-sentence').first().waitFor();
    expect(new URL(page.url()).searchParams.get('event')).toBe(id);
    await session.screenshot('21-undated-picked');
  }, STEP_TIMEOUT_MS);

  it('sets a week-, month- or year-wide window with its buttons, and every dated event with "Fit all"', async () => {
    await openFresh();
    for (const [range, days] of [['week', 7], ['year', 365], ['month', 30]] as const) {
      await timeline().getByTestId(`timeline-range-${range}`).click();
      await expect.poll(() => daysIn(windowOfUrl()), { timeout: WAIT_MS }).toBe(days);
      await session.screenshot(`22-${range}-window`);
    }
    await timeline().getByTestId('timeline-fit').click();
    await expect.poll(() => windowOfUrl().from, { timeout: WAIT_MS }).toBeNull();
    const counts = timeline().getByTestId('timeline-counts');
    await expect.poll(async () => (await counts.getAttribute('data-in-view')) === (await counts.getAttribute('data-all')), { timeout: WAIT_MS }).toBe(true);
  }, STEP_TIMEOUT_MS);

  it('brings a selected event into view when the window does not hold it', async () => {
    const dated = events.filter((e) => e.start !== null && e.precision !== 'unknown').sort((a, b) => a.start!.localeCompare(b.start!));
    const target = dated[0]!;
    // A week-wide window a year after the earliest event, which cannot hold it.
    const from = `${Number(target.start!.slice(0, 4)) + 1}${target.start!.slice(4)}`;
    await page.goto(`${session.explorer.url}/?from=${from}&to=${from}&event=${encodeURIComponent(target.id)}`);
    const selected = timeline().locator('.vis-item.vis-selected');
    await selected.first().waitFor();
    const panel = (await timeline().locator('.vis-panel.vis-center').boundingBox())!;
    const box = (await selected.first().boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(panel.x);
    expect(box.x).toBeLessThan(panel.x + panel.width);
    expect(windowOfUrl().from! <= target.start!).toBe(true);
    await session.screenshot('23-selected-event-in-view');
  }, STEP_TIMEOUT_MS);

  it('makes each zoom a step that the back button undoes', async () => {
    await openFresh();
    const before = windowOfUrl();
    const box = (await timeline().locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 3; step++) await page.mouse.wheel(0, -200);
    await expect.poll(() => windowOfUrl().from !== before.from, { timeout: WAIT_MS }).toBe(true);
    expect(daysIn(windowOfUrl())).toBeLessThan(daysIn(before));
    await session.screenshot('23b-zoomed-by-wheel');
    await page.goBack();
    await expect.poll(() => windowOfUrl(), { timeout: WAIT_MS }).toEqual(before);
    await session.screenshot('23c-zoom-undone');
  }, STEP_TIMEOUT_MS);

  it('resizes the timeline with the split handle, and keeps the size after a reload', async () => {
    const handle = page.getByTestId('split-handle');
    const start = (await handle.boundingBox())!;
    const before = (await timeline().boundingBox())!.height;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2, start.y - 120, { steps: 5 });
    await page.mouse.up();
    const after = (await timeline().boundingBox())!.height;
    expect(after).toBeGreaterThan(before + 80);
    await page.reload();
    await timeline().locator('[data-testid="timeline-item"]').first().waitFor();
    expect(Math.abs((await timeline().boundingBox())!.height - after)).toBeLessThan(4);
    await session.screenshot('24-timeline-resized');
    await page.evaluate(() => localStorage.clear());
  }, STEP_TIMEOUT_MS);
});

describe('linked selection and keys in Chromium', () => {
  it("brings out the event's participants and the links among them in the graph when an event is picked, and Escape closes it", async () => {
    await openFresh();
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    // An event of the opening window with two participants or more, so that a link among them is drawn.
    const drawn = new Set((await readGraphNodes(page)).map((n) => n.id));
    let id = '';
    let expected: string[] = [];
    for (const shown of await timeline().getByTestId('timeline-item').all()) {
      id = (await shown.getAttribute('data-event-id'))!;
      expected = (await fetchParticipants(id)).sort();
      if (expected.filter((actor) => drawn.has(actor)).length >= 2) break;
    }
    await page.goto(`${session.explorer.url}/?event=${encodeURIComponent(id)}`);
    const graph = page.getByTestId('graph-view');
    await expect.poll(async () => ((await graph.getAttribute('data-highlighted')) ?? '').split(',').filter(Boolean).sort(), { timeout: WAIT_MS }).toEqual(expected);
    // Links with both ends among the participants stand out; every other link is faded.
    const among = (link: ScreenLink) => expected.includes(link.source) && expected.includes(link.target);
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    await expect.poll(async () => (await readGraphLinks(page)).filter((link) => among(link) && link.emphasised).length, { timeout: WAIT_MS }).toBeGreaterThan(0);
    const links = await readGraphLinks(page);
    expect(links.filter((link) => link.emphasised !== among(link))).toEqual([]);
    // The first highlighted sentence is in sight in the sidebar.
    const mark = page.getByTestId('evidence-panel').getByTestId('evidence-sentence').first();
    await mark.waitFor();
    const sidebar = (await page.locator('#details').boundingBox())!;
    const markBox = (await mark.boundingBox())!;
    expect(markBox.y).toBeGreaterThanOrEqual(sidebar.y - 1);
    expect(markBox.y).toBeLessThan(sidebar.y + sidebar.height);
    await session.screenshot('25-event-linked-in-graph');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await page.getByTestId('evidence-panel').waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    await expect.poll(() => graph.getAttribute('data-highlighted'), { timeout: WAIT_MS }).toBe('');
  }, STEP_TIMEOUT_MS);

  it('closes the event panel, then the actor panel, with Escape', async () => {
    const item = events.find((e) => e.start !== null)!;
    const actor = (await fetchParticipants(item.id))[0]!;
    await page.goto(`${session.explorer.url}/?actor=${encodeURIComponent(actor)}&event=${encodeURIComponent(item.id)}`);
    await page.getByTestId('evidence-panel').getByTestId('evidence-sentence').first().waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await page.getByTestId('evidence-panel').waitFor({ state: 'hidden' });
    await page.getByTestId('actor-panel').getByTestId('actor-name').waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe(actor);
    await session.screenshot('26-escape-closed-event');
    await page.keyboard.press('Escape');
    await page.getByTestId('actor-panel').waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('actor')).toBeNull();
    await session.screenshot('27-escape-closed-actor');
  }, STEP_TIMEOUT_MS);

  it('puts the cursor in the search box when / is pressed', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.getByTestId('search-box').evaluate((el) => el === document.activeElement)).toBe(true);
    await session.screenshot('28-slash-focuses-search');
  }, STEP_TIMEOUT_MS);
});

// Last in the file: the mis-dated event stays in the database for what follows.
describe('the opening window with a far-off mis-dated event in Chromium', () => {
  it('opens on the bulk of the events, not stretched to the outlier, and "Fit all" reaches it', async () => {
    const earliest = events.filter((e) => e.start !== null && e.precision !== 'unknown').map((e) => e.start!).sort()[0]!;
    // Thirty years before any demo event, as a background treaty mis-read as news would be.
    const outlier = `${Number(earliest.slice(0, 4)) - 30}-03-01`;
    await ingestExtraction(session.explorer.driver, session.explorer.database, buildExtraction('e2e-misdated', {
      events: [buildEvent('e1', ['russia', 'syrian_government'], { date: { start: outlier, end: null, precision: 'day' } })],
    }));
    await openFresh();
    const counts = timeline().getByTestId('timeline-counts');
    await expect.poll(() => counts.getAttribute('data-all'), { timeout: WAIT_MS }).toBe(String(events.filter((e) => e.start !== null && e.precision !== 'unknown').length + 1));
    await expect.poll(() => windowOfUrl().from, { timeout: WAIT_MS }).not.toBeNull();
    expect(windowOfUrl().from! > outlier).toBe(true);
    expect(Number(await counts.getAttribute('data-in-view'))).toBeLessThan(Number(await counts.getAttribute('data-all')));
    await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
    await waitForLayoutAtRest(page);
    await session.screenshot('29-opening-window-skips-outlier');
    await timeline().getByTestId('timeline-fit').click();
    await expect.poll(() => windowOfUrl().from, { timeout: WAIT_MS }).toBeNull();
    await expect.poll(async () => (await counts.getAttribute('data-in-view')) === (await counts.getAttribute('data-all')), { timeout: WAIT_MS }).toBe(true);
    await session.screenshot('29b-fit-all-reaches-outlier');
  }, STEP_TIMEOUT_MS);
});
