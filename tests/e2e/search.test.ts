/**
 * The search box end to end, in Debian's Chromium on the demo data: a typo and a stray accent still
 * find the actor, and each headline is suggested once. Screenshots in test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorerSession, SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, WAIT_MS, type ExplorerSession } from '../support/open-explorer-session.js';

let session: ExplorerSession;
let page: Page;

beforeAll(async () => {
  session = await openExplorerSession();
  page = session.page;
  await page.goto(session.explorer.url);
  await page.locator('[data-testid="graph-view"][data-state="ready"]').waitFor();
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await session?.close();
});

async function suggestionsFor(text: string): Promise<string[]> {
  const box = page.getByTestId('search-box');
  await box.fill('');
  // The list on screen is the previous answer's until this one comes back and is drawn.
  const answered = page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === text, { timeout: WAIT_MS });
  await box.fill(text);
  await answered;
  await page.getByTestId('search-suggestion').first().waitFor({ timeout: WAIT_MS });
  await page.waitForTimeout(200);
  return page.getByTestId('search-suggestion').locator('span').allTextContents();
}

describe('the search box in Chromium', () => {
  it('finds John Kerry from "Kery" and opens his panel', async () => {
    const labels = await suggestionsFor('Kery');
    expect(labels[0]).toBe('John Kerry');
    await session.screenshot('40-search-typo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('actor-name').textContent(), { timeout: WAIT_MS }).toBe('John Kerry');
  }, STEP_TIMEOUT_MS);

  it('finds de Mistura from "Misturá"', async () => {
    expect(await suggestionsFor('Misturá')).toContain('Staffan de Mistura');
    await session.screenshot('41-search-accent');
  }, STEP_TIMEOUT_MS);

  it('suggests each event headline once', async () => {
    const labels = await suggestionsFor('talks');
    const events = labels.filter((label) => label.split(' ').length > 3);
    expect(events.length).toBeGreaterThan(0);
    expect(events).toEqual([...new Set(events)]);
    await session.screenshot('42-search-headlines-once');
  }, STEP_TIMEOUT_MS);
});
