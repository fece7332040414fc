/** The ingest's progress bar on stderr (articles done of all, articles/s and events/s), with error lines printed above it. */
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
    {
      stream: process.stderr,
      format: 'ingest [{bar}] {value}/{total} articles | {articleRate} articles/s | {events} events | {eventRate} events/s',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { articleRate: 0, events: 0, eventRate: 0 });
  const started = performance.now();
  let done = 0;
  let events = 0;
  return {
    fileDone: (articleEvents = 0) => {
      done += 1;
      events += articleEvents;
      const seconds = Math.max((performance.now() - started) / 1000, 0.001);
      bar.increment({ articleRate: Math.round(done / seconds), events, eventRate: Math.round(events / seconds) });
    },
    fileFailed: (error: InputFileError) => bars.log(`error: ${error.message}\n`),
    warn: (message: string) => bars.log(`warning: ${message}\n`),
    stop: () => bars.stop(),
  };
}
