/** Turns the CoreNLP server's JSON output (ours or a stock CoreNLP server's) into the typed document model. */
import { z } from 'zod';
import { NLP_DOCUMENT_VERSION, type NlpDocument, type NlpSentence } from './nlp-document.js';

const DependencySchema = z.object({ dep: z.string(), governor: z.number().int(), dependent: z.number().int() });

const CoreNlpJsonSchema = z.object({
  sentences: z.array(
    z.object({
      tokens: z.array(
        z.object({
          index: z.number().int(),
          word: z.string(),
          lemma: z.string(),
          pos: z.string(),
          ner: z.string().default('O'),
          characterOffsetBegin: z.number().int(),
          characterOffsetEnd: z.number().int(),
        }),
      ),
      basicDependencies: z.array(DependencySchema),
      enhancedPlusPlusDependencies: z.array(DependencySchema).default([]),
    }),
  ),
});

/** Reads one response; `offset` shifts every character offset (a chunk of a longer article). */
export function readCoreNlpJson(json: unknown, offset = 0): NlpDocument {
  const parsed = CoreNlpJsonSchema.parse(json);
  const sentences = parsed.sentences.map((sentence, i): NlpSentence => {
    // CoreNLP numbers tokens from 1 and the root as 0; the model numbers from 0 and the root as -1.
    const heads = new Map(sentence.basicDependencies.map((d) => [d.dependent, d]));
    const tokens = sentence.tokens.map((t) => {
      const dependency = heads.get(t.index);
      return {
        index: t.index - 1,
        start: t.characterOffsetBegin + offset,
        end: t.characterOffsetEnd + offset,
        word: t.word,
        lemma: t.lemma,
        pos: t.pos,
        ner: t.ner,
        head: (dependency?.governor ?? 0) - 1,
        rel: dependency ? dependency.dep.toLowerCase() : 'dep',
      };
    });
    const edges = sentence.enhancedPlusPlusDependencies
      .filter((d) => d.governor > 0)
      .map((d) => ({ head: d.governor - 1, dependent: d.dependent - 1, rel: d.dep }));
    return {
      index: i,
      start: tokens[0]?.start ?? offset,
      end: tokens.at(-1)?.end ?? offset,
      tokens,
      edges,
    };
  });
  return { version: NLP_DOCUMENT_VERSION, sentences };
}
