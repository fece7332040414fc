/** The files an ingest run reads: each file named, and every article or document under each folder named. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputFileError } from './input-file-error.js';

/** Extensions the ingest reads: extraction documents and articles (JSON), articles as text, markdown or HTML. */
export const INPUT_EXTENSIONS = new Set(['.json', '.txt', '.md', '.html', '.htm']);

export interface InputFiles {
  files: string[];
  errors: InputFileError[];
}

/** Expands folders (recursively, sorted, hidden entries skipped); a path that does not exist is an error. */
export async function collectInputFiles(paths: string[]): Promise<InputFiles> {
  const found: InputFiles = { files: [], errors: [] };
  for (const path of paths) {
    const kind = await statKind(path);
    if (kind === 'missing') found.errors.push(new InputFileError(path, 'no such file or folder'));
    else if (kind === 'folder') found.files.push(...(await walkFolder(path)));
    else found.files.push(path);
  }
  return found;
}

async function statKind(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

async function walkFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walkFolder(path)));
    else if (entry.isFile() && INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
