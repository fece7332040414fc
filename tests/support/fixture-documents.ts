/**
 * The hand-annotated documents the project owns (tests/fixtures/unseen and holdout): each
 * `<name>.gold.json` with its `<name>.article.json`, looked up by name across both folders.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/run-cli.js';
import { ExtractionSchema, type Extraction } from '../../server/contract/extraction.js';
import { readArticleFile } from '../../server/extractor/read-article.js';

export const FIXTURE_DIRS = ['unseen', 'holdout'].map((folder) => join(projectRoot, 'tests', 'fixtures', folder));

const GOLD_SUFFIX = '.gold.json';

// Names are unique across the folders; each maps to the folder holding it.
const folderOf = new Map(
  FIXTURE_DIRS.flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith(GOLD_SUFFIX)).map((file) => [file.slice(0, -GOLD_SUFFIX.length), dir] as const)),
);

/** Every fixture's name, sorted. */
export const FIXTURE_NAMES = [...folderOf.keys()].sort();

/** The path of a fixture's gold document (`gold`) or article (`article`). */
export function fixturePath(name: string, kind: 'gold' | 'article'): string {
  const dir = folderOf.get(name);
  if (!dir) throw new Error(`fixturePath: no fixture named "${name}" in ${FIXTURE_DIRS.join(', ')}`);
  return join(dir, `${name}.${kind}.json`);
}

/** A fixture's gold document, as the contract reads it. */
export async function readFixtureGold(name: string): Promise<Extraction> {
  return ExtractionSchema.parse(JSON.parse(await readFile(fixturePath(name, 'gold'), 'utf8')));
}

/** A fixture's article text, which its gold offsets index into. */
export async function readFixtureText(name: string): Promise<string> {
  return (await readArticleFile(fixturePath(name, 'article'))).text;
}
