/** The rows a generated export resamples: every well-formed row of the given GDELT exports. */
import { GdeltRowError, parseGdeltRow } from '../../server/gdelt/parse-gdelt-row.js';
import { projectRoot } from '../run-cli.js';
import { join } from 'node:path';
import { readGdeltLines } from '../import-gdelt/read-gdelt-lines.js';

/** The real 15-minute export kept in the fixtures (2,111 events, 24 October 2019). */
export const GDELT_SAMPLE = join(projectRoot, 'tests', 'fixtures', 'gdelt', '20191024143000.export.CSV');

/** Each row as its 61 columns; a row the project's reader refuses is left out, not resampled. */
export async function readSampleRows(files: string[] = [GDELT_SAMPLE]): Promise<string[][]> {
  const rows: string[][] = [];
  for (const file of files) {
    for await (const { columns } of readGdeltLines(file)) {
      try {
        parseGdeltRow(columns);
        rows.push(columns);
      } catch (error) {
        if (!(error instanceof GdeltRowError)) throw error;
      }
    }
  }
  if (rows.length === 0) throw new Error(`no well-formed GDELT row in ${files.join(', ')}`);
  return rows;
}
