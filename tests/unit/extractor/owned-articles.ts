/** Test data: every article the project owns — the demo's seeds and the hand-annotated fixture sets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../scripts/run-cli.js';
import { ArticleSchema, type Article } from '../../../server/contract/extraction.js';
import { readArticle } from '../../../server/extractor/read-article.js';

const FIXTURE_SETS = ['tests/fixtures/unseen', 'tests/fixtures/holdout'];

export function ownedArticles(): Article[] {
  const seeds = readdirSync(join(projectRoot, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readArticle(readFileSync(join(projectRoot, 'seeds', f), 'utf8'), { fileName: f }));
  const fixtures = FIXTURE_SETS.flatMap((dir) =>
    readdirSync(join(projectRoot, dir))
      .filter((f) => f.endsWith('.article.json'))
      .map((f) => ArticleSchema.parse(JSON.parse(readFileSync(join(projectRoot, dir, f), 'utf8')))),
  );
  return [...seeds, ...fixtures];
}
