/**
 * The inputs of `npm run eval:identity`, read and checked before any database work: the gold
 * extraction documents of a folder (`*.gold.json`) and a cluster file saying which of their events
 * are one real-world event. Each problem is an `IdentityInputError` naming the file and what is wrong.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ExtractionSchema, IdSchema, type Extraction } from '../../server/contract/extraction.js';
import { describeSchemaIssues } from '../../server/extractor/input/describe-schema-issues.js';

const GOLD_SUFFIX = '.gold.json';

export const ClusterFileSchema = z.object({
  /** The articles the clusters were annotated over; when given, only they are ingested and scored. */
  articles: z.array(IdSchema).optional(),
  clusters: z.array(
    z.object({
      label: z.string().optional(),
      members: z.array(z.object({ article: IdSchema, event: IdSchema })).min(1),
    }),
  ),
});

export type ClusterFile = z.infer<typeof ClusterFileSchema>;

export class IdentityInputError extends Error {
  override name = 'IdentityInputError';
}

/** Reads a cluster file; a member listed twice (in one cluster or two) is an error. */
export function readClusterFile(path: string): ClusterFile {
  if (!existsSync(path) || !statSync(path).isFile()) throw new IdentityInputError(`no cluster file at ${path}`);
  const checked = ClusterFileSchema.safeParse(parseJson(path));
  if (!checked.success) throw new IdentityInputError(`${path}: not a cluster file: ${describeSchemaIssues(checked.error)}`);
  const seen = new Set<string>();
  for (const { article, event } of checked.data.clusters.flatMap((cluster) => cluster.members)) {
    const key = `${article} ${event}`;
    if (seen.has(key)) throw new IdentityInputError(`${path}: event ${event} of ${article} is listed twice`);
    seen.add(key);
  }
  return checked.data;
}

/**
 * Reads the gold documents of `dir`, sorted by article id: those of `articles` when given (each must
 * be there), else every `*.gold.json`.
 */
export function readGoldDocuments(dir: string, articles?: string[]): Extraction[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new IdentityInputError(`no folder of gold documents at ${dir}`);
  const files = articles
    ? articles.map((id) => join(dir, `${id}${GOLD_SUFFIX}`))
    : readdirSync(dir).filter((name) => name.endsWith(GOLD_SUFFIX)).map((name) => join(dir, name));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new IdentityInputError(`${dir} lacks the gold documents ${missing.map((file) => basename(file)).join(', ')}, which the cluster file names`);
  if (files.length === 0) throw new IdentityInputError(`no *${GOLD_SUFFIX} documents in ${dir}`);
  return files.map(readGoldDocument).sort((a, b) => a.article.id.localeCompare(b.article.id));
}

function readGoldDocument(file: string): Extraction {
  const checked = ExtractionSchema.safeParse(parseJson(file));
  if (!checked.success) throw new IdentityInputError(`${file}: not a valid extraction document: ${describeSchemaIssues(checked.error)}`);
  return checked.data;
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new IdentityInputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
