/** The built client (client/dist) kept in step with its sources: built with the client's npm script when missing or stale. */
import { execFile } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const BUILD_SCRIPT = 'build:client';
// What the bundle is made of: the client and the contract it imports.
const SOURCES = ['client/src', 'client/index.html', 'client/vite.config.ts', 'server/contract', 'cypher/examples'];

/** Builds unless client/dist/index.html is newer than every source (`onBuild` hears a build start); returns whether it built. */
export async function ensureClientBuilt(root: string, onBuild: () => void = () => {}): Promise<'built' | 'up to date'> {
  const entry = join(root, 'client', 'dist', 'index.html');
  const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const newest = Math.max(0, ...SOURCES.map((source) => newestModification(join(root, source))));
  if (builtAt > 0 && builtAt >= newest) return 'up to date';
  onBuild();
  await promisify(execFile)('npm', ['run', '--silent', BUILD_SCRIPT], { cwd: root, maxBuffer: 16 * 1024 * 1024 }).catch((error: unknown) => {
    const output = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-3).join(' | ');
    throw new Error(`building the client (npm run ${BUILD_SCRIPT}) failed${output ? `: ${output}` : ''}`);
  });
  if (!existsSync(entry)) throw new Error(`building the client left no ${entry}`);
  return 'built';
}

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}
