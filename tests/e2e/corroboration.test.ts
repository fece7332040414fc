/**
 * One event, many reports, in Debian's Chromium: on top of the demo data, two outlets report one
 * meeting (one of them only knew the month it was planned for). The timeline shows it once with its
 * count, its panel lists both reports with the date each gave, and the sources filter hides it at 3.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/contract/extraction.js';
import { ingestExtraction } from '../../server/graph/ingest-extraction.js';
import { readPlainRows } from '../../server/graph/read-plain-rows.js';
import { buildActor, buildEvent, buildExtraction } from '../support/build-extraction.js';
import { openExplorerSession, SCREENSHOT_DIR, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, WAIT_MS, type ExplorerSession } from '../support/open-explorer-session.js';

let session: ExplorerSession;
let page: Page;

// A window no demo article reaches, so the meeting is the only event in it.
const WINDOW = '?from=1999-06-01&to=1999-06-30';
const TEXT = 'The foreign ministers of Norway and Iceland met in Reykjavik to talk about fishing quotas.';
// The event takes the smallest report key of its reports.
const EVENT_ID = 'e2e-courier:e1';

function reportMeeting(articleId: string, source: string, overrides: Parameters<typeof buildEvent>[2]): Extraction {
  const doc = buildExtraction(articleId, {
    actors: [buildActor('norway'), buildActor('iceland')],
    relations: [],
    events: [buildEvent('e1', ['norway', 'iceland'], { type: 'meeting', place: 'Reykjavik', evidence: [{ text: TEXT, start: 0, end: TEXT.length }], ...overrides })],
  });
  return { ...doc, article: { ...doc.article, source, published: '1999-06-15' } };
}

beforeAll(async () => {
  session = await openExplorerSession();
  page = session.page;
  const { driver, database } = session.explorer;
  await ingestExtraction(driver, database, reportMeeting('e2e-herald', 'Herald', { date: { start: '1999-06-14', end: '1999-06-14', precision: 'day' } }), TEXT);
  const planned = { status: 'planned' as const, date: { start: '1999-06-01', end: '1999-06-30', precision: 'month' as const } };
  await ingestExtraction(driver, database, reportMeeting('e2e-courier', 'Courier', planned), TEXT);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await session?.close();
});

const meetingItems = () => page.locator(`[data-testid="timeline-item"][data-event-id="${EVENT_ID}"]`);

describe('an event two articles report, in Chromium', () => {
  it('records how many events of the demo data several articles report', async () => {
    const { driver, database } = session.explorer;
    const rows = await readPlainRows<{ id: string; reportCount: number; sourceCount: number; articles: string[] }>(
      driver,
      database,
      `MATCH (e:Event) WHERE e.reportCount >= 2 AND NOT e.id STARTS WITH 'e2e-'
       RETURN e.id AS id, e.type AS type, toString(e.start) AS start, e.reportCount AS reportCount, e.sourceCount AS sourceCount,
         COLLECT { MATCH (r:Report)-[:OF]->(e) RETURN r.key ORDER BY r.key } AS articles
       ORDER BY e.start, e.id`,
      {},
    );
    await writeFile(join(SCREENSHOT_DIR, 'corroborated-demo-events.json'), `${JSON.stringify(rows, null, 2)}\n`);
    // Every report belongs to exactly one event: no event is drawn twice from two of its reports.
    const orphans = await readPlainRows<{ orphans: number }>(driver, database, 'MATCH (r:Report) WHERE COUNT { (r)-[:OF]->(:Event) } <> 1 RETURN count(r) AS orphans', {});
    expect(orphans).toEqual([{ orphans: 0 }]);
  }, STEP_TIMEOUT_MS);

  it('shows the event once on the timeline, with its report count', async () => {
    await page.goto(`${session.explorer.url}${WINDOW}`);
    await meetingItems().first().waitFor();
    expect(await meetingItems().count()).toBe(1);
    expect(await meetingItems().textContent()).toContain('×2');
    await session.screenshot('corroboration-01-timeline');
  }, STEP_TIMEOUT_MS);

  it('lists both reports in its panel, with the date the second one gave', async () => {
    await meetingItems().click();
    const panel = page.getByTestId('evidence-panel');
    await expect.poll(() => panel.getByTestId('report-count').textContent(), { timeout: WAIT_MS }).toBe('2 reports from 2 sources');
    const reports = panel.getByTestId('event-report');
    expect(await reports.count()).toBe(2);
    const texts = await reports.allTextContents();
    expect(texts.some((text) => text.includes('Herald'))).toBe(true);
    expect(texts.some((text) => text.includes('Courier'))).toBe(true);
    // The event takes the day the Herald gave; the Courier's own month and status stay visible.
    expect(await panel.getByTestId('report-date').allTextContents()).toEqual([expect.stringContaining('planned')]);
    expect(await panel.getByTestId('evidence-sentence').allTextContents()).toEqual([TEXT, TEXT]);
    expect(await reports.first().locator('h3 a').getAttribute('href')).toMatch(/^https:\/\/example\.org\/e2e-/);
    await session.screenshot('corroboration-02-reports');
  }, STEP_TIMEOUT_MS);

  it('hides the event when at least three sources are asked for, and shows it again at two', async () => {
    const minSources = page.getByTestId('filter-min-sources');
    await minSources.fill('3');
    await minSources.blur();
    await page.waitForURL(/[?&]minSources=3/);
    await page.locator('[data-testid="timeline"][data-state="empty"]').waitFor();
    expect(await meetingItems().count()).toBe(0);
    await session.screenshot('corroboration-03-three-sources');
    await minSources.fill('2');
    await minSources.blur();
    await page.waitForURL(/[?&]minSources=2/);
    await meetingItems().first().waitFor();
    expect(await meetingItems().count()).toBe(1);
  }, STEP_TIMEOUT_MS);
});
