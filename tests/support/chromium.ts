/**
 * Launches Debian's Chromium (never a browser playwright downloads) for the end-to-end tests and
 * the client's frame-time bench. CHROMIUM_PATH overrides the executable.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

// No sandbox (CI containers run as root); nothing that phones home or updates itself mid-test.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface LaunchChromiumOptions {
  executablePath?: string;
  /** Shown in a window when false; headless unless HEADED=1. */
  headless?: boolean;
}

/** Starts a headless Chromium with a fresh temporary profile; the caller closes it. */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(`launchChromium: no Chromium at ${executablePath} (install it with 'apt-get install chromium' or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath,
    headless: options.headless ?? process.env.HEADED !== '1',
    args: CHROMIUM_ARGS,
  });
}
