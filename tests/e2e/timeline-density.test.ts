/**
 * The timeline past the server's item limit, in Chromium on the demo data served with TIMELINE_ITEM_LIMIT=5:
 * the whole history comes as counts and is drawn as a density band; a window holding few events shows them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorerSession, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, type ExplorerSession } from '../support/open-explorer-session.js';

interface Answer {
  events: unknown[];
  density?: { total: number; buckets: { start: string; count: number }[] };
}

let session: ExplorerSession;
let page: Page;
beforeAll(async () => {
  session = await openExplorerSession({ TIMELINE_ITEM_LIMIT: '5' });
  page = session.page;
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await session?.close();
});

const timeline = () => page.locator('[data-testid="timeline"]');
const api = async (query: string) => (await (await fetch(`${session.explorer.url}/api/timeline?${query}`)).json()) as Answer;
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the timeline past the item limit', () => {
  it('draws the whole history as a density band, and the events of a window holding few of them', async () => {
    const whole = await api('');
    expect(whole.density?.total).toBeGreaterThan(5);
    await page.goto(`${session.explorer.url}/`);
    await timeline().locator('.density-bucket').first().waitFor();
    expect(await timeline().getAttribute('data-state')).toBe('density');
    await session.screenshot('timeline-density');

    // A day whose fortnight around it (what the timeline loads for a one-day window) holds events, but at most 5.
    let day: string | null = null;
    for (const bucket of whole.density!.buckets) {
      const around = await api(`from=${shiftDay(bucket.start, -7)}&to=${shiftDay(bucket.start, 7)}`);
      if (!around.density && around.events.length > 0) {
        day = bucket.start;
        break;
      }
    }
    expect(day).not.toBeNull();
    await page.goto(`${session.explorer.url}/?from=${day}&to=${day}`);
    await timeline().locator('[data-testid="timeline-item"], [data-testid="timeline-cluster"]').first().waitFor();
    expect(await timeline().locator('.density-bucket').count()).toBe(0);
  }, STEP_TIMEOUT_MS);
});
