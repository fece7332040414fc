/**
 * Makes sure the built client (client/dist) matches its sources, building it with the client's
 * own npm script when it is missing or older than any source it is built from.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../scripts/run-cli.js';

export const CLIENT_DIST_DIR = join(projectRoot, 'client', 'dist');
const BUILD_SCRIPT = 'build:client';
// The client imports the contract, so a contract change makes the bundle stale too.
const SOURCE_DIRS = [join(projectRoot, 'client'), join(projectRoot, 'server', 'contract'), join(projectRoot, 'cypher', 'examples')];
const SKIPPED = new Set(['dist', 'node_modules']);

/** Builds the client unless client/dist is newer than every source; returns whether it built. */
export async function ensureClientBuilt(): Promise<boolean> {
  const builtAt = await modifiedAt(join(CLIENT_DIST_DIR, 'index.html'));
  if (builtAt > 0 && builtAt >= (await newestSourceTime())) return false;
  await promisify(execFile)('npm', ['run', '--silent', BUILD_SCRIPT], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
  if (!existsSync(join(CLIENT_DIST_DIR, 'index.html'))) {
    throw new Error(`ensureClientBuilt: 'npm run ${BUILD_SCRIPT}' left no ${join(CLIENT_DIST_DIR, 'index.html')}`);
  }
  return true;
}

async function modifiedAt(path: string): Promise<number> {
  return existsSync(path) ? (await stat(path)).mtimeMs : 0;
}

async function newestSourceTime(): Promise<number> {
  const times = await Promise.all(SOURCE_DIRS.map((dir) => newestUnder(dir)));
  return Math.max(0, ...times);
}

async function newestUnder(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? await newestUnder(path) : await modifiedAt(path);
    newest = Math.max(newest, time);
  }
  return newest;
}
