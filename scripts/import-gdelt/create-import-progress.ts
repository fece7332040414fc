/** The import's progress on stderr: a bar over files with events and events/s when stderr is a terminal; skipped rows and failed files as lines either way. */
import cliProgress from 'cli-progress';
import type { GdeltImportReporter } from './import-gdelt-files.js';

/** Malformed rows listed per file; past that, one line says how many more (a GDELT 1.0 file would fill the screen). */
export const LISTED_ROWS_PER_FILE = 20;

export interface ImportProgress extends GdeltImportReporter {
  stop(): void;
}

export function createImportProgress(files: number): ImportProgress {
  const skippedPerFile = new Map<string, number>();
  const started = performance.now();
  let events = 0;
  const bars = process.stderr.isTTY
    ? new cliProgress.MultiBar(
        { stream: process.stderr, format: 'import [{bar}] {value}/{total} files | {events} events | {rate} events/s', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const bar = bars?.create(files, 0, { events: 0, rate: 0 });
  const log = (line: string) => (bars ? bars.log(`${line}\n`) : process.stderr.write(`${line}\n`));
  const summarizeSkipped = (file: string) => {
    const hidden = (skippedPerFile.get(file) ?? 0) - LISTED_ROWS_PER_FILE;
    if (hidden > 0) log(`error: ${file}: ${hidden} more malformed row(s) skipped`);
  };
  return {
    rowSkipped(file, line, reason) {
      const count = (skippedPerFile.get(file) ?? 0) + 1;
      skippedPerFile.set(file, count);
      if (count <= LISTED_ROWS_PER_FILE) log(`error: ${file}:${line}: ${reason}; row skipped`);
    },
    fileFailed: (file, reason) => log(`error: ${file}: ${reason}`),
    batchDone(count) {
      events += count;
      bar?.update({ events, rate: Math.round(events / ((performance.now() - started) / 1000)) });
    },
    fileDone() {
      bar?.increment();
    },
    stop() {
      for (const file of skippedPerFile.keys()) summarizeSkipped(file);
      bars?.stop();
    },
  };
}
