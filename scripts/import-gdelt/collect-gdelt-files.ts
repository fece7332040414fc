/** The files an import reads: each file named, and every GDELT event export under each folder named. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** GDELT 2.0's event exports as published (`20191024143000.export.CSV.zip`) or unzipped. */
export const GDELT_EXPORT_NAME = /\.export\.csv(\.zip)?$/i;

export interface GdeltFiles {
  files: string[];
  /** Paths that do not exist. */
  missing: string[];
}

/** Expands folders (recursively, sorted, hidden entries skipped). */
export async function collectGdeltFiles(paths: string[]): Promise<GdeltFiles> {
  const found: GdeltFiles = { files: [], missing: [] };
  for (const path of paths) {
    const stats = await stat(path).catch(() => null);
    if (!stats) found.missing.push(path);
    else if (stats.isDirectory()) found.files.push(...(await walkFolder(path)));
    else found.files.push(path);
  }
  return found;
}

async function walkFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walkFolder(path)));
    else if (entry.isFile() && GDELT_EXPORT_NAME.test(entry.name)) files.push(path);
  }
  return files;
}
