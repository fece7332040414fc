/** `npm run eval`: extracts every *.article.json of the benchmark folder and prints the scorer's report, summary last. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { ArticleSchema } from '../server/contract/extraction.js';
import { extractArticle } from '../server/extractor/pipeline.js';
import { projectRoot, runCli } from './run-cli.js';

const ARTICLE_SUFFIX = '.article.json';

/** Writes X.pred.json for each X.article.json; a failing article is reported and skipped, never stops the run. */
function writePredictions(dir: string, out: string): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(ARTICLE_SUFFIX)).sort()) {
    const id = file.slice(0, -ARTICLE_SUFFIX.length);
    try {
      const article = ArticleSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      writeFileSync(join(out, `${id}.pred.json`), JSON.stringify(extractArticle(article)));
    } catch (error) {
      process.stderr.write(`warn: ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    }
  }
}

async function evaluate(options: { dir: string; scorer: string }): Promise<void> {
  const dir = resolve(projectRoot, options.dir);
  const out = mkdtempSync(join(tmpdir(), 'extract-eval-'));
  try {
    writePredictions(dir, out);
    const scorer = resolve(projectRoot, options.scorer);
    const run = spawnSync(process.execPath, [scorer, '--gold', dir, '--pred', out], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`the scorer exited with status ${run.status}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const program = new Command()
  .name('eval')
  .description('Extract the benchmark articles and score them against the gold annotations')
  .option('--dir <dir>', 'folder of *.article.json and *.gold.json', '../shared/eval/dev')
  .option('--scorer <file>', 'the benchmark scorer, which any gold folder is scored with', '../shared/eval/score.mjs')
  .action((options: { dir: string; scorer: string }) => runCli(() => evaluate(options)));

await program.parseAsync();
