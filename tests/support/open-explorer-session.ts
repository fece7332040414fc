/**
 * One browser session on the explorer for an end-to-end file: the demo data loaded into the test
 * Neo4j, the app served in-process, Debian's Chromium at 1280×800, screenshots in test-artifacts/e2e/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { projectRoot } from '../../scripts/run-cli.js';
import { ensureClientBuilt, CLIENT_DIST_DIR } from './build-client.js';
import { launchChromium } from './chromium.js';
import { loadDemoData } from './load-demo-data.js';
import { startExplorer, type RunningExplorer } from './start-explorer.js';

export const SCREENSHOT_DIR = join(projectRoot, 'test-artifacts', 'e2e');
// Two shared cores: the first paint, a layout settling or a Neo4j query can take a while.
export const STEP_TIMEOUT_MS = 90_000;
export const WAIT_MS = 30_000;
/** For beforeAll: building the client and loading the seeds through the extractor take minutes on a cold run. */
export const SETUP_TIMEOUT_MS = 600_000;

export interface ExplorerSession {
  explorer: RunningExplorer;
  browser: Browser;
  page: Page;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the explorer on the demo data (with `env`'s settings) and opens a page on it (not yet navigated). */
export async function openExplorerSession(env: Record<string, string> = {}): Promise<ExplorerSession> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await ensureClientBuilt();
  const explorer = await startExplorer(inject('neo4j'), CLIENT_DIST_DIR, env);
  const report = await loadDemoData(explorer.driver, explorer.database);
  expect(report.goldArticles).toBeGreaterThan(0);
  // The seeds go through the real extractor: every one must load, as `npm start` needs them.
  expect(report.seeds.failed, report.seedProblems.join('\n')).toBe(0);
  expect(report.seeds.articles).toBeGreaterThan(0);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(WAIT_MS);
  return {
    explorer,
    browser,
    page,
    screenshot: async (name) => void (await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })),
    async close() {
      await browser.close();
      await explorer.close();
    },
  };
}
