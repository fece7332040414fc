/**
 * The article as the NLP backbone analysed it, once: sentences, tokens with character offsets into the
 * article text, lemma, part of speech (Penn), NER tag (CoNLL 4-class) and Universal Dependencies.
 * Every stage reads this model; none re-tokenises the raw text. Built by `read-corenlp-json.ts`.
 */

/** Bumped whenever the annotators or their settings change, so cached documents are not reused. */
export const NLP_DOCUMENT_VERSION = 'corenlp-4.5.10/pos,lemma,ner-conll4,depparse-ud/1';

export interface NlpToken {
  /** Index within its sentence, from 0. */
  index: number;
  start: number;
  end: number;
  word: string;
  lemma: string;
  /** Penn Treebank tag: NN, NNS, NNP, VBD, … */
  pos: string;
  /** PERSON, ORGANIZATION, LOCATION, MISC or O. */
  ner: string;
  /** The index of its head in the basic tree, -1 for the root. */
  head: number;
  /** Its basic UD relation to the head (nsubj, obj, obl, nmod:poss, …; `root` for the root). */
  rel: string;
}

/** An edge of the enhanced++ graph, which adds what the tree leaves implicit (shared subjects of conjuncts, xcomp subjects, case-marked relations such as obl:against). */
export interface NlpEdge {
  head: number;
  dependent: number;
  rel: string;
}

export interface NlpSentence {
  index: number;
  start: number;
  end: number;
  tokens: NlpToken[];
  edges: NlpEdge[];
}

export interface NlpDocument {
  version: string;
  sentences: NlpSentence[];
}
