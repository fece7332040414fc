/** The ingest's progress bar on stderr (articles done of all), with error lines printed above it. */
import cliProgress from 'cli-progress';
import type { IngestReporter } from './ingest-files.js';
import type { InputFileError } from './input-file-error.js';

export interface IngestProgress extends IngestReporter {
  stop(): void;
}

/** A bar when stderr is a terminal; elsewhere (a pipe, CI) only the error lines. */
export function createIngestProgress(total: number): IngestProgress {
  if (!process.stderr.isTTY) {
    const write = (line: string) => process.stderr.write(`${line}\n`);
    return {
      fileDone: () => {},
      fileFailed: (error) => write(`error: ${error.message}`),
      warn: (message) => write(`warning: ${message}`),
      stop: () => {},
    };
  }
  const bars = new cliProgress.MultiBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} articles | {duration}s', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  return {
    fileDone: () => bar.increment(),
    fileFailed: (error: InputFileError) => bars.log(`error: ${error.message}\n`),
    warn: (message: string) => bars.log(`warning: ${message}\n`),
    stop: () => bars.stop(),
  };
}
