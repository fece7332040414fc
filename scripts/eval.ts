/** `npm run eval`: extracts every *.article.json of a benchmark folder (annotated by CoreNLP) and prints the scorer's report, summary last; `--by-region` scores each region apart. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../server/config.js';
import { ArticleSchema } from '../server/contract/extraction.js';
import { extractArticle } from '../server/extractor/pipeline.js';
import type { NlpClient } from '../server/nlp/create-nlp-client.js';
import { mapWithConcurrency } from '../server/nlp/map-with-concurrency.js';
import { openNlpClient } from './nlp/open-nlp-client.js';
import { projectRoot, runCli } from './run-cli.js';

const ARTICLE_SUFFIX = '.article.json';

interface EvalOptions {
  dir: string;
  scorer: string;
  byRegion: boolean;
  regions?: string;
}

/** Writes X.pred.json for each X.article.json; a failing article is reported and skipped, never stops the run. */
async function writePredictions(dir: string, out: string, nlp: NlpClient): Promise<void> {
  const ids = readdirSync(dir).filter((f) => f.endsWith(ARTICLE_SUFFIX)).sort().map((f) => f.slice(0, -ARTICLE_SUFFIX.length));
  await mapWithConcurrency(ids, nlp.concurrency, async (id) => {
    try {
      const article = ArticleSchema.parse(JSON.parse(readFileSync(join(dir, `${id}${ARTICLE_SUFFIX}`), 'utf8')));
      writeFileSync(join(out, `${id}.pred.json`), JSON.stringify(extractArticle(article, await nlp.annotate(article.text))));
    } catch (error) {
      process.stderr.write(`warn: ${id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    }
  });
}

function score(scorer: string, gold: string, pred: string, quiet: boolean): void {
  const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...(quiet ? ['--quiet'] : [])], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`the scorer exited with status ${run.status}`);
}

/** Scores each region's articles apart: a gold folder per region made of links to the originals. */
function scoreByRegion(scorer: string, dir: string, pred: string, regionsFile: string, work: string): void {
  if (!existsSync(regionsFile)) throw new Error(`no region map at ${regionsFile} (give one with --regions)`);
  const regions = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(regionsFile, 'utf8')));
  for (const region of [...new Set(Object.values(regions))].sort()) {
    const gold = join(work, `gold-${region}`);
    mkdirSync(gold);
    for (const [id, r] of Object.entries(regions)) {
      if (r === region && existsSync(join(dir, `${id}.gold.json`))) symlinkSync(join(dir, `${id}.gold.json`), join(gold, `${id}.gold.json`));
    }
    process.stdout.write(`region ${region}: `);
    score(scorer, gold, pred, true);
  }
}

async function evaluate(options: EvalOptions): Promise<void> {
  const dir = resolve(projectRoot, options.dir);
  if (!existsSync(dir)) throw new Error(`no benchmark folder at ${dir}: the benchmark is kept outside the repo; give its folder with --dir`);
  const nlp = await openNlpClient(projectRoot, await loadConfig(), (line) => process.stderr.write(`${line}\n`));
  const work = mkdtempSync(join(tmpdir(), 'extract-eval-'));
  try {
    const pred = join(work, 'pred');
    mkdirSync(pred);
    await writePredictions(dir, pred, nlp);
    const scorer = resolve(projectRoot, options.scorer);
    if (!existsSync(scorer)) throw new Error(`no scorer at ${scorer}: it is kept with the benchmark outside the repo; give it with --scorer`);
    score(scorer, dir, pred, false);
    if (options.byRegion) scoreByRegion(scorer, dir, pred, resolve(options.regions ?? join(dirname(dir), 'regions.json')), work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const program = new Command()
  .name('eval')
  .description('Extract the benchmark articles and score them against the gold annotations')
  .option('--dir <dir>', 'folder of *.article.json and *.gold.json', '../shared/eval/dev')
  .option('--scorer <file>', 'the benchmark scorer, which any gold folder is scored with', '../shared/eval/score.mjs')
  .option('--by-region', 'also score each region apart (regions.json beside the folder)', false)
  .option('--regions <file>', 'the article → region map (default: regions.json in the folder\'s parent)')
  .action((options: EvalOptions) => runCli(() => evaluate(options)));

await program.parseAsync();
