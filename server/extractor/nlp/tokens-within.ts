/** The document's tokens inside a character span (a segment), in order. */
import type { NlpDocument, NlpToken } from './nlp-document.js';

export function tokensWithin(document: NlpDocument, span: { start: number; end: number }): NlpToken[] {
  return document.sentences
    .filter((s) => s.start < span.end && span.start < s.end)
    .flatMap((s) => s.tokens.filter((t) => t.start >= span.start && t.end <= span.end));
}
