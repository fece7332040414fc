/** The named entities CoreNLP tagged: runs of adjacent tokens sharing one NER tag, within a sentence. */
import type { NlpDocument, NlpSentence, NlpToken } from './nlp-document.js';

export type EntityTag = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export interface EntitySpan {
  start: number;
  end: number;
  tag: EntityTag;
  tokens: NlpToken[];
  sentence: NlpSentence;
}

const isEntityTag = (tag: string): tag is EntityTag => tag === 'PERSON' || tag === 'ORGANIZATION' || tag === 'LOCATION' || tag === 'MISC';

/** Every entity span of the document inside `span` (a segment), in order; a possessive "'s" is never part of one. */
export function findEntitySpans(document: NlpDocument, span: { start: number; end: number }): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (const sentence of document.sentences.filter((s) => s.start < span.end && span.start < s.end)) {
    let run: NlpToken[] = [];
    const close = () => {
      const first = run[0];
      const last = run.at(-1);
      if (first && last && isEntityTag(first.ner)) spans.push({ start: first.start, end: last.end, tag: first.ner, tokens: run, sentence });
      run = [];
    };
    for (const token of sentence.tokens.filter((t) => t.start >= span.start && t.end <= span.end)) {
      if (run.length && (token.ner !== run[0]?.ner || token.pos === 'POS')) close();
      if (isEntityTag(token.ner) && token.pos !== 'POS') run.push(token);
    }
    close();
  }
  return spans;
}
