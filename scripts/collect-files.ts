/** The files a batch command reads: each file named, and every file under each folder named that the command accepts. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface CollectedFiles {
  files: string[];
  /** Paths that do not exist. */
  missing: string[];
}

/** Expands folders (recursively, sorted, hidden entries skipped), keeping the files whose name `accepts` takes; files named outright are kept whatever their name. */
export async function collectFiles(paths: string[], accepts: (name: string) => boolean): Promise<CollectedFiles> {
  const found: CollectedFiles = { files: [], missing: [] };
  for (const path of paths) {
    const stats = await stat(path).catch(() => null);
    if (!stats) found.missing.push(path);
    else if (stats.isDirectory()) found.files.push(...(await walkFolder(path, accepts)));
    else found.files.push(path);
  }
  return found;
}

async function walkFolder(folder: string, accepts: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walkFolder(path, accepts)));
    else if (entry.isFile() && accepts(entry.name)) files.push(path);
  }
  return files;
}
