/**
 * `npm run -s extract -- <files…> [--out <dir>]`: the extraction contract JSON of each article
 * (.article.json, .txt, .md, .html). One file without --out: the JSON on stdout and nothing else.
 * With --out, a batch in one process: `<dir>/<name>.pred.json` per article, annotated as many at once
 * as the NLP services take; a failing article is named on stderr and the rest still run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { extractArticle } from '../server/extractor/pipeline.js';
import { readArticleFile } from '../server/extractor/read-article.js';
import type { NlpClient } from '../server/nlp/create-nlp-client.js';
import { mapWithConcurrency } from '../server/nlp/map-with-concurrency.js';
import { openNlpClient } from './nlp/open-nlp-client.js';
import { projectRoot, runCli } from './run-cli.js';

async function extractFile(file: string, nlp: NlpClient): Promise<string> {
  const article = await readArticleFile(file);
  return `${JSON.stringify(extractArticle(article, await nlp.annotate(article.text)), null, 2)}\n`;
}

/** `a.article.json` → `a.pred.json`, `b.txt` → `b.pred.json`: the benchmark scorer's naming. */
const predictionName = (file: string) => `${basename(file).replace(/(\.article)?\.(json|txt|md|markdown|html?)$/i, '')}.pred.json`;

async function extractFiles(files: string[], options: { out?: string }): Promise<void> {
  if (!options.out && files.length > 1) throw new Error('several articles need --out <dir> (one JSON file per article)');
  const nlp = await openNlpClient(projectRoot, await loadConfig(), (line) => process.stderr.write(`${line}\n`));
  if (!options.out) {
    process.stdout.write(await extractFile(files[0] as string, nlp));
    return;
  }
  const out = options.out;
  mkdirSync(out, { recursive: true });
  const failures = (
    await mapWithConcurrency(files, nlp.concurrency, async (file) => {
      try {
        writeFileSync(join(out, predictionName(file)), await extractFile(file, nlp));
        return null;
      } catch (error) {
        process.stderr.write(`error: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
        return file;
      }
    })
  ).filter((f) => f !== null);
  process.stderr.write(`extracted ${files.length - failures.length} of ${files.length} article(s) into ${out}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

const program = new Command()
  .name('extract')
  .description('Extract dated events, actors and relations from articles')
  .argument('<files...>', 'articles: .article.json, .txt, .md or .html')
  .option('--out <dir>', 'write <name>.pred.json per article into this folder')
  .action((files: string[], options: { out?: string }) => runCli(() => extractFiles(files, options)));

await program.parseAsync();
