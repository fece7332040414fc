/**
 * The extractor on recorded annotations: pure stages are tested on documents the real CoreNLP made
 * once, kept in tests/fixtures/nlp by a hash of the text. A sentence new to the tests is recorded on
 * first use (through the local worker), after which the test no longer needs the service.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/run-cli.js';
import type { Article, Extraction } from '../../server/contract/extraction.js';
import type { NlpDocument } from '../../server/extractor/nlp/nlp-document.js';
import { extractArticle } from '../../server/extractor/pipeline.js';
import { joinWrappedLines } from '../../server/extractor/segments/join-wrapped-lines.js';
import { createAnnotationCache } from '../../server/nlp/annotation-cache.js';
import { createNlpClient, type NlpClient } from '../../server/nlp/create-nlp-client.js';
import { LOCAL_NLP_URL } from '../../server/nlp/local-nlp-url.js';

const RECORDINGS = join(projectRoot, 'tests', 'fixtures', 'nlp');
const recordings = createAnnotationCache(RECORDINGS);

/** The recorded document of `text`, recording it first when there is none; kept, as the NLP client keeps it, under the text CoreNLP read. */
export function annotateRecorded(text: string): NlpDocument {
  const recorded = recordings.read(joinWrappedLines(text));
  if (recorded) return recorded;
  execFileSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'nlp', 'record-annotation.ts'), RECORDINGS], {
    input: text,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const fresh = recordings.read(joinWrappedLines(text));
  if (!fresh) throw new Error('annotateRecorded: the annotation was not recorded');
  return fresh;
}

export function extractRecorded(article: Article): Extraction {
  return extractArticle(article, annotateRecorded(article.text));
}

/** An NLP client for async callers (ingest, the articles route): the recordings first, the local worker (which the global setup starts) for a text not yet recorded. */
export function recordedNlpClient(): NlpClient {
  return createNlpClient({ urls: [LOCAL_NLP_URL], cache: recordings, startHint: 'start it with `npm run nlp:start`' });
}
