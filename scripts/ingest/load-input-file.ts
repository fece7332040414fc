/**
 * One input file as what ingest writes: a JSON file with a top-level `events` array is an extraction
 * document (checked against the contract); any other JSON, text, markdown or HTML file is an article.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { ExtractionSchema, type Extraction } from '../../server/contract/extraction.js';
import { describeSchemaIssues } from '../../server/extractor/input/describe-schema-issues.js';
import { ExtractionError, extractArticle } from '../../server/extractor/pipeline.js';
import type { NlpClient } from '../../server/nlp/create-nlp-client.js';
import { ArticleMalformedError, readArticleFile } from '../../server/extractor/read-article.js';
import { INPUT_EXTENSIONS } from './collect-input-files.js';
import { InputFileError } from './input-file-error.js';

export interface LoadedInput {
  doc: Extraction;
  /** The article's text, when the input was the article itself (an extraction document has none). */
  text?: string;
}

/** Reads and checks one file; throws `InputFileError` (file and reason on one line) when it cannot be ingested. */
export async function loadInputFile(file: string, nlp: NlpClient): Promise<LoadedInput> {
  if (!INPUT_EXTENSIONS.has(extname(file).toLowerCase())) {
    throw new InputFileError(file, `unsupported file type (expected ${[...INPUT_EXTENSIONS].join(', ')})`);
  }
  const content = await readContent(file);
  const json = extname(file).toLowerCase() === '.json' ? parseJson(file, content) : undefined;
  if (isExtractionDocument(json)) return { doc: checkExtraction(file, json) };
  return loadArticle(file, nlp);
}

async function readContent(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputFileError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

function parseJson(file: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new InputFileError(file, `not valid JSON (${(error as Error).message})`);
  }
}

function isExtractionDocument(json: unknown): json is { events: unknown[] } {
  return typeof json === 'object' && json !== null && Array.isArray((json as { events?: unknown }).events);
}

// Enough issues to locate the problem while the line stays readable.
const SHOWN_ISSUES = 5;

function checkExtraction(file: string, json: unknown): Extraction {
  const checked = ExtractionSchema.safeParse(json);
  if (checked.success) return checked.data;
  const { issues } = checked.error;
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
  const shown = describeSchemaIssues(new z.ZodError(issues.slice(0, SHOWN_ISSUES)));
  throw new InputFileError(file, `not a valid extraction document: ${shown}${more}`);
}

// An article goes through the extractor first; the extraction's offsets index into its text.
async function loadArticle(file: string, nlp: NlpClient): Promise<LoadedInput> {
  try {
    const article = await readArticleFile(file);
    return { doc: extractArticle(article, await nlp.annotate(article.text)), text: article.text };
  } catch (error) {
    if (error instanceof ArticleMalformedError) throw new InputFileError(file, error.reason);
    if (error instanceof ExtractionError) throw new InputFileError(file, `the extractor failed: ${error.message}`);
    throw error;
  }
}
