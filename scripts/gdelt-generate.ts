/**
 * `npm run gdelt:generate -- --events N --out file.export.CSV[.zip]`: a GDELT-shaped export of N
 * events resampled from real rows (the fixture's by default) with fresh ids, days over several
 * years and recombined actors; the same seed gives the same file. The scale bench loads it.
 */
import { Command } from 'commander';
import { DEFAULT_RESAMPLE, defaultActorCount, resampleGdeltRows } from './gdelt-generate/resample-gdelt-rows.js';
import { GDELT_SAMPLE, readSampleRows } from './gdelt-generate/read-sample-rows.js';
import { writeGdeltExport } from './gdelt-generate/write-gdelt-export.js';
import { runCli } from './run-cli.js';

interface CliOptions {
  events: string;
  out: string;
  seed: string;
  years: string;
  actors?: string;
  from: string[];
}

function readCount(value: string, option: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${option}: "${value}" is not a whole number of at least ${min}`);
  return n;
}

async function generate(cli: CliOptions): Promise<void> {
  const started = performance.now();
  const events = readCount(cli.events, '--events', 1);
  const options = {
    ...DEFAULT_RESAMPLE,
    events,
    seed: readCount(cli.seed, '--seed', 0),
    years: readCount(cli.years, '--years', 1),
    actors: cli.actors === undefined ? defaultActorCount(events) : readCount(cli.actors, '--actors', 1),
  };
  const rows = await readSampleRows(cli.from);
  await writeGdeltExport(resampleGdeltRows(rows, options), cli.out);
  process.stdout.write(`wrote ${events} events resampled from ${rows.length} rows to ${cli.out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const program = new Command()
  .name('gdelt:generate')
  .description('Write a GDELT-shaped export of any size, resampled from real rows')
  .requiredOption('--events <n>', 'rows to write')
  .requiredOption('--out <file>', 'the export to write (*.export.CSV, or *.export.CSV.zip to zip it)')
  .option('--seed <n>', 'seed of the draws', String(DEFAULT_RESAMPLE.seed))
  .option('--years <n>', `years the days spread over from ${DEFAULT_RESAMPLE.firstDay}`, String(DEFAULT_RESAMPLE.years))
  .option('--actors <n>', 'recombined actors to draw from (default: one per 20 events)')
  .option('--from <files...>', 'GDELT exports to resample', [GDELT_SAMPLE])
  .action(generate);

await runCli(() => program.parseAsync());
