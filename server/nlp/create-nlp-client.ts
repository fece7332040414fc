/**
 * The extractor's access to the NLP backbone: annotates a text through one or more CoreNLP services
 * (chunks of a long article spread over them), with a disk cache in front.
 */
import { NLP_DOCUMENT_VERSION, type NlpDocument } from '../extractor/nlp/nlp-document.js';
import { readCoreNlpJson } from '../extractor/nlp/read-corenlp-json.js';
import { joinWrappedLines } from '../extractor/segments/join-wrapped-lines.js';
import type { AnnotationCache } from './annotation-cache.js';
import { NlpUnavailableError } from './nlp-unavailable-error.js';
import { splitForAnnotation } from './split-for-annotation.js';

/** Well under the worker's 200,000-character cap; smaller chunks also spread a long article over threads and services. */
const CHUNK_CHARS = 20_000;
const REQUEST_TIMEOUT_MS = 120_000;

export interface NlpClientOptions {
  urls: string[];
  cache?: AnnotationCache;
  /** Said in errors: how a user brings the service up. */
  startHint: string;
}

export interface NlpClient {
  /** The document of an article's text (its hard wraps joined, see joinWrappedLines). */
  annotate(text: string): Promise<NlpDocument>;
  /** How many requests the services take at once (two per service). */
  concurrency: number;
}

export function createNlpClient(options: NlpClientOptions): NlpClient {
  let next = 0;
  const pickUrl = () => options.urls[next++ % options.urls.length] as string;

  async function annotateChunk(text: string, offset: number): Promise<NlpDocument> {
    const url = pickUrl();
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', body: text, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : describeFetchError(error);
      throw new NlpUnavailableError(`the CoreNLP service at ${url} is unavailable (${reason}): ${options.startHint}`);
    }
    if (!response.ok) throw new NlpUnavailableError(`the CoreNLP service at ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    return readCoreNlpJson(await response.json(), offset);
  }

  async function annotate(article: string): Promise<NlpDocument> {
    // CoreNLP breaks sentences at every line break: it reads the text with its wraps joined, as the extractor does (same offsets), and the cache keeps that text.
    const text = joinWrappedLines(article);
    const cached = options.cache?.read(text);
    if (cached) return cached;
    const parts = await Promise.all(splitForAnnotation(text, CHUNK_CHARS).map((chunk) => annotateChunk(chunk.text, chunk.start)));
    const sentences = parts.flatMap((part) => part.sentences).map((sentence, index) => ({ ...sentence, index }));
    const document = { version: NLP_DOCUMENT_VERSION, sentences };
    options.cache?.write(text, document);
    return document;
  }

  return { annotate, concurrency: options.urls.length * 2 };
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}
