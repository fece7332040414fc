/** `npm run bench`: runs each bench section in turn and prints its figures, then the peak memory. */
import { Command } from 'commander';
import type { BenchOptions, BenchSection } from './bench/bench-section.js';
import { apiSection } from './bench/api.js';
import { explorerSection } from './bench/explorer.js';
import { extractionSection } from './bench/extraction.js';
import { graphFrameSection } from './bench/graph-frame.js';
import { ingestSection } from './bench/ingest.js';
import { scaleSection } from './bench/scale.js';
import { runCli } from './run-cli.js';

/** The sections, in the order they run; add a section by adding it here. */
const SECTIONS: BenchSection[] = [extractionSection, ingestSection, apiSection, graphFrameSection, explorerSection, scaleSection];
/** What a run without --only measures: all but the scale section, which --events (or --only scale) asks for. */
const DEFAULT_SECTIONS = SECTIONS.filter((section) => section !== scaleSection);

const format = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** Runs every section, even past a failed one (each measures something apart); fails at the end if one did. */
async function runSections(options: BenchOptions, only: string[] | undefined): Promise<void> {
  const failed: string[] = [];
  // A section is named by its first word (extraction, api, graph).
  const chosen = only ? SECTIONS.filter((section) => only.includes(section.name.split(' ')[0]!.replace(/:$/, '').toLowerCase())) : options.events !== undefined ? [scaleSection] : DEFAULT_SECTIONS;
  if (chosen.length === 0) throw new Error(`--only names no section (choose from ${SECTIONS.map((s) => s.name.split(' ')[0]!.replace(/:$/, '')).join(', ')})`);
  for (const section of chosen) {
    process.stdout.write(`${section.name}\n`);
    try {
      for (const figure of await section.run(options)) process.stdout.write(`  ${figure.label.padEnd(44)} ${format(figure.value)} ${figure.unit}\n`);
    } catch (error) {
      process.stdout.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
      failed.push(section.name);
    }
  }
  // maxRSS is reported in kilobytes.
  process.stdout.write(`peak memory (RSS)                              ${format(process.resourceUsage().maxRSS / 1024)} MB\n`);
  if (failed.length > 0) throw new Error(`${failed.length} bench section(s) failed: ${failed.join('; ')}`);
}

const program = new Command()
  .name('bench')
  .description('Measure extraction speed, ingest and import speed, API latency, the graph view\'s frame time and peak memory')
  .option('--dir <dir>', 'folder of *.article.json to extract', 'tests/fixtures/unseen')
  .option('--seconds <n>', 'length of each timed loop', '3')
  .option('--only <sections>', 'comma-separated sections to run: extraction, ingest, api, graph, explorer, scale')
  .option('--events <n>', 'run the scale section on a generated GDELT history of n events (alone, unless --only names others)')
  .option('--reuse-graph', 'scale: measure the graph already imported in the bench\'s Neo4j when it holds as many events, instead of importing again')
  .action((options: { dir: string; seconds: string; only?: string; events?: string; reuseGraph?: boolean }) =>
    runCli(() => runSections({ dir: options.dir, seconds: Number(options.seconds) || 3, ...parseEvents(options.events), reuseGraph: options.reuseGraph === true }, options.only?.split(',').map((s) => s.trim().toLowerCase()))));

function parseEvents(value: string | undefined): { events?: number } {
  if (value === undefined) return {};
  const events = Number(value);
  if (!Number.isInteger(events) || events < 1) throw new Error(`--events: "${value}" is not a positive whole number`);
  return { events };
}

await program.parseAsync();
