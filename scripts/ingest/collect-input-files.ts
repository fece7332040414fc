/** The files an ingest run reads: each file named, and every article or document under each folder named. */
import { extname } from 'node:path';
import { collectFiles } from '../collect-files.js';
import { InputFileError } from './input-file-error.js';

/** Extensions the ingest reads: extraction documents and articles (JSON), articles as text, markdown or HTML. */
export const INPUT_EXTENSIONS = new Set(['.json', '.txt', '.md', '.html', '.htm']);

export interface InputFiles {
  files: string[];
  errors: InputFileError[];
}

/** Expands folders (recursively, sorted, hidden entries skipped); a path that does not exist is an error. */
export async function collectInputFiles(paths: string[]): Promise<InputFiles> {
  const { files, missing } = await collectFiles(paths, (name) => INPUT_EXTENSIONS.has(extname(name).toLowerCase()));
  return { files, errors: missing.map((path) => new InputFileError(path, 'no such file or folder')) };
}
