/** `npm run -s extract -- <file>`: prints the extraction contract JSON for one article (.article.json, .txt, .md, .html), and nothing else. */
import { Command } from 'commander';
import { extractArticle } from '../server/extractor/pipeline.js';
import { readArticleFile } from '../server/extractor/read-article.js';
import { runCli } from './run-cli.js';

async function extractFile(file: string): Promise<void> {
  const extraction = extractArticle(await readArticleFile(file));
  process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
}

const program = new Command()
  .name('extract')
  .description('Extract dated events, actors and relations from one article')
  .argument('<file>', 'an article: .article.json, .txt, .md or .html')
  .action((file: string) => runCli(() => extractFile(file)));

await program.parseAsync();
