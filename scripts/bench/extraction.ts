/**
 * Bench section: extraction end to end (CoreNLP annotation with a cold cache, then the stages) on
 * news-length articles using both cores, one ~5,000-word article, the stages alone on one core, and
 * the CoreNLP worker's peak memory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConfig } from '../../server/config.js';
import { ArticleSchema, type Article } from '../../server/contract/extraction.js';
import type { NlpDocument } from '../../server/extractor/nlp/nlp-document.js';
import { extractArticle } from '../../server/extractor/pipeline.js';
import type { NlpClient } from '../../server/nlp/create-nlp-client.js';
import { LOCAL_NLP_PORT } from '../../server/nlp/local-nlp-url.js';
import { mapWithConcurrency } from '../../server/nlp/map-with-concurrency.js';
import { createLocalNlp } from '../nlp/local-nlp.js';
import { openNlpClient } from '../nlp/open-nlp-client.js';
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

/** Annotates (no cache: every text goes to CoreNLP) and extracts all articles, as many at once as the services take; returns seconds. */
async function timeEndToEnd(articles: Article[], nlp: NlpClient): Promise<{ seconds: number; documents: NlpDocument[] }> {
  const started = performance.now();
  const documents = await mapWithConcurrency(articles, nlp.concurrency, async (article) => {
    const document = await nlp.annotate(article.text);
    extractArticle(article, document);
    return document;
  });
  return { seconds: (performance.now() - started) / 1000, documents };
}

/** The stages alone, round after round for about `seconds`, on one core; returns articles per second. */
function measureStages(articles: Article[], documents: NlpDocument[], seconds: number): number {
  let done = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - started < budget) {
    articles.forEach((a, i) => extractArticle(a, documents[i]!));
    done += articles.length;
  }
  return done / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** The port of the project's worker the bench annotates through: the default one, or the one loopback service CORENLP_URL names. */
function localWorkerPort(urls: string[] | undefined): number | null {
  if (!urls) return LOCAL_NLP_PORT;
  const url = new URL(urls[0] as string);
  return urls.length === 1 && ['127.0.0.1', 'localhost'].includes(url.hostname) ? Number(url.port) : null;
}

/** That worker's peak resident memory (VmHWM), when this checkout started it. */
function workerPeakMb(port: number | null): number | null {
  const pid = port === null ? null : createLocalNlp(projectRoot, port).pid();
  if (pid === null) return null;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : null;
}

const countWords = (a: Article): number => a.text.split(/\s+/).length;

export const extractionSection: BenchSection = {
  name: 'extraction (CoreNLP + stages)',
  async run({ dir, seconds }: BenchOptions): Promise<BenchFigure[]> {
    const articles = readArticles(dir);
    const long = buildLongArticle(articles);
    const meanWords = articles.reduce((sum, a) => sum + countWords(a), 0) / articles.length;
    const config = parseConfig(process.env);
    const nlp = await openNlpClient(projectRoot, config, (line) => process.stderr.write(`${line}\n`), { cached: false });
    await timeEndToEnd(articles.slice(0, 2), nlp); // warms the JVM's code paths
    const news = await timeEndToEnd(articles, nlp);
    const longRun = await timeEndToEnd([long], nlp);
    const peak = workerPeakMb(localWorkerPort(config.CORENLP_URL));
    return [
      { label: `end to end, cold cache, ${articles.length} articles (mean ${Math.round(meanWords)} words)`, value: articles.length / news.seconds, unit: 'articles/s' },
      { label: `end to end, one ${countWords(long)}-word article`, value: longRun.seconds, unit: 's' },
      { label: 'stages alone, one core', value: measureStages(articles, news.documents, seconds), unit: 'articles/s' },
      ...(peak === null ? [] : [{ label: 'CoreNLP worker peak memory', value: peak, unit: 'MB' }]),
    ];
  },
};
