/** The files an import reads: each file named, and every GDELT event export under each folder named. */
import { collectFiles, type CollectedFiles } from '../collect-files.js';

/** GDELT 2.0's event exports as published (`20191024143000.export.CSV.zip`) or unzipped. */
export const GDELT_EXPORT_NAME = /\.export\.csv(\.zip)?$/i;

/** Expands folders (recursively, sorted, hidden entries skipped); `missing` lists paths that do not exist. */
export function collectGdeltFiles(paths: string[]): Promise<CollectedFiles> {
  return collectFiles(paths, (name) => GDELT_EXPORT_NAME.test(name));
}
