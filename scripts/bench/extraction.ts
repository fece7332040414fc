/** Bench section: extraction speed on one core (news-length articles and a ~5,000-word article). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArticleSchema, type Article } from '../../server/contract/extraction.js';
import { extractArticle } from '../../server/extractor/pipeline.js';
import { projectRoot } from '../run-cli.js';
import type { BenchFigure, BenchOptions, BenchSection } from './bench-section.js';

const LONG_ARTICLE_WORDS = 5000;

function readArticles(dir: string): Article[] {
  const folder = resolve(projectRoot, dir);
  if (!existsSync(folder)) throw new Error(`no folder ${folder}: give a folder of *.article.json with --dir`);
  const files = readdirSync(folder).filter((f) => f.endsWith('.article.json')).sort();
  if (!files.length) throw new Error(`no *.article.json in ${folder}`);
  return files.map((f) => ArticleSchema.parse(JSON.parse(readFileSync(join(folder, f), 'utf8'))));
}

/** A long article made of the benchmark texts one after another, so its sentences are real news prose. */
function buildLongArticle(articles: Article[]): Article {
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < LONG_ARTICLE_WORDS; i++) {
    const text = articles[i % articles.length]!.text;
    parts.push(text);
    words += text.split(/\s+/).length;
  }
  const first = articles[0]!;
  return { ...first, id: 'bench-long-article', text: parts.join('\n\n') };
}

/** Extracts the articles round after round for about `seconds`; returns articles per second. */
function measureRate(articles: Article[], seconds: number): number {
  for (const a of articles) extractArticle(a);
  let done = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - started < budget) {
    for (const a of articles) extractArticle(a);
    done += articles.length;
  }
  return done / (Number(process.hrtime.bigint() - started) / 1e9);
}

const countWords = (a: Article): number => a.text.split(/\s+/).length;

export const extractionSection: BenchSection = {
  name: 'extraction (one core)',
  async run({ dir, seconds }: BenchOptions): Promise<BenchFigure[]> {
    const articles = readArticles(dir);
    const long = buildLongArticle(articles);
    const meanWords = articles.reduce((sum, a) => sum + countWords(a), 0) / articles.length;
    return [
      { label: `dev articles (${articles.length}, mean ${Math.round(meanWords)} words)`, value: measureRate(articles, seconds), unit: 'articles/s' },
      { label: `one ${countWords(long)}-word article`, value: measureRate([long], seconds), unit: 'articles/s' },
    ];
  },
};
