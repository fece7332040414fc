/** The explorer on the demo data, served in-process against the test Neo4j, with Chromium open on it: what the e2e files start from. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { projectRoot } from '../../scripts/run-cli.js';
import { ensureClientBuilt, CLIENT_DIST_DIR } from '../support/build-client.js';
import { launchChromium } from '../support/chromium.js';
import { loadDemoData } from '../support/load-demo-data.js';
import { startExplorer, type RunningExplorer } from '../support/start-explorer.js';

export const SCREENSHOT_DIR = join(projectRoot, 'test-artifacts', 'e2e');
// Two shared cores: the first paint, a layout settling or a Neo4j query can take a while.
export const STEP_TIMEOUT_MS = 90_000;
export const WAIT_MS = 30_000;

export interface DemoExplorer {
  explorer: RunningExplorer;
  browser: Browser;
  page: Page;
  /** Saves the page as test-artifacts/e2e/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Loads the demo data (every seed must load), serves the app and opens a 1280×800 page. */
export async function openDemoExplorer(): Promise<DemoExplorer> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await ensureClientBuilt();
  const explorer = await startExplorer(inject('neo4j'), CLIENT_DIST_DIR);
  const report = await loadDemoData(explorer.driver, explorer.database);
  expect(report.goldArticles).toBeGreaterThan(0);
  // The seeds go through the real extractor: every one must load, as `npm start` needs them.
  expect(report.seeds.failed, report.seedProblems.join('\n')).toBe(0);
  expect(report.seeds.articles).toBeGreaterThan(0);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.setDefaultTimeout(WAIT_MS);
  return {
    explorer,
    browser,
    page,
    screenshot: async (name) => void (await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })),
    close: async () => {
      await browser.close();
      await explorer.close();
    },
  };
}
