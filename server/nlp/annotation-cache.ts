/** Annotated documents kept on disk by a hash of the text and the annotators' version, so nothing is annotated twice. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NLP_DOCUMENT_VERSION, type NlpDocument } from '../extractor/nlp/nlp-document.js';

export interface AnnotationCache {
  read(text: string): NlpDocument | null;
  write(text: string, document: NlpDocument): void;
}

export function annotationKey(text: string): string {
  return createHash('sha256').update(NLP_DOCUMENT_VERSION).update('\0').update(text).digest('hex').slice(0, 32);
}

export function createAnnotationCache(dir: string): AnnotationCache {
  const fileOf = (text: string) => join(dir, `${annotationKey(text)}.json`);
  return {
    read(text) {
      const file = fileOf(text);
      if (!existsSync(file)) return null;
      const document = JSON.parse(readFileSync(file, 'utf8')) as NlpDocument;
      return document.version === NLP_DOCUMENT_VERSION ? document : null;
    },
    write(text, document) {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed: a reader never sees half a file, even with parallel writers.
      const file = fileOf(text);
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(document));
      renameSync(partial, file);
    },
  };
}
