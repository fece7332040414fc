/** Stage 2b, continued: the persons CoreNLP's NER tags, whatever words surround them, with the tie the tree gives them ("the leaders of both factions, A and B", "under A"). */
import type { Segment, TitleTie } from '../document-model.js';
import type { PersonHit } from './find-person-mentions.js';
import type { EntitySpan } from '../nlp/entity-spans.js';
import type { NlpToken } from '../nlp/nlp-document.js';

/** A lone surname is a person only where it acts or owns ("Rahimi said", "Rahimi's plan"); elsewhere it is as often a place NER mistook ("around Madaya"). */
const ACTING_RELS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'nmod:poss']);
/** The nouns before "by" in a credit line: "Writing by X", "Photo by X". */
const CREDIT_LEMMAS = new Set(['write', 'writing', 'edit', 'editing', 'report', 'reporting', 'photo', 'photograph', 'compile', 'image']);

/** Quotes and honorifics NER may take into a name: "Mr Novak" is Novak. */
const HONORIFIC = /^(?:[^\p{L}]+|(?:Mr|Mrs|Ms|Dr)\.?\s+)+/u;

export interface TitleReader {
  isTitle: (word: string) => boolean;
  relationOf: (title: string) => TitleTie['relation'];
}

/** "REUTERS/Mike Doe", "(Writing by A; editing by B)", a verbless byline or photo line: a journalist's or photographer's credit, not an actor. */
function isCredit(span: EntitySpan): boolean {
  const tokens = span.sentence.tokens;
  if (!tokens.some((t) => t.pos.startsWith('VB'))) return true;
  const first = span.tokens[0]?.index ?? 0;
  const [before, beforeBy] = [tokens[first - 1], tokens[first - 2]];
  if (before?.word.endsWith('/')) return true;
  return before?.lemma.toLowerCase() === 'by' && CREDIT_LEMMAS.has(beforeBy?.lemma.toLowerCase() ?? '');
}

/** The name's head in the tree: the span's token whose head lies outside it. */
function headOf(span: EntitySpan): NlpToken | undefined {
  const inside = new Set(span.tokens.map((t) => t.index));
  return span.tokens.find((t) => !inside.has(t.head)) ?? span.tokens.at(-1);
}

/**
 * An apposition to a title noun ("the leaders of both factions, A and B"; a conjunct shares its list's title) ties the person by that title;
 * "under A" makes A the ruler of the era. Whose title it is, the later stages work out.
 */
function tieFromTree(span: EntitySpan, titles: TitleReader): TitleTie | undefined {
  const tokens = span.sentence.tokens;
  const head = headOf(span);
  if (!head) return undefined;
  const first = head.rel === 'conj' ? (tokens[head.head] ?? head) : head;
  // "the leaders of both factions, A": the parser may hang the apposition on the title's complement.
  const near = tokens[first.head];
  const governor = near && !titles.isTitle(near.lemma) && near.rel.startsWith('nmod') ? tokens[near.head] : near;
  if (first.rel === 'appos' && governor && titles.isTitle(governor.lemma)) {
    return { relation: titles.relationOf(governor.lemma), affiliation: null, title: governor.lemma };
  }
  const under = tokens.some((t) => t.head === head.index && t.rel === 'case' && t.lemma.toLowerCase() === 'under');
  return under ? { relation: 'LEADS', affiliation: null, title: 'ruler' } : undefined;
}

/** Person hits of one sentence from its NER spans. */
export function findTaggedPersons(segment: Segment, spans: EntitySpan[], titles: TitleReader): PersonHit[] {
  return spans
    .filter((s) => s.tag === 'PERSON' && !isCredit(s))
    .flatMap((s) => {
      const name = segment.text.slice(s.start - segment.start, s.end - segment.start).replace(HONORIFIC, '');
      const alone = !name.includes(' ');
      if (!name || (alone && (titles.isTitle(name) || !ACTING_RELS.has(headOf(s)?.rel ?? '')))) return [];
      const tie = tieFromTree(s, titles);
      return [{ start: s.end - name.length, end: s.end, name, ...(tie ? { tie } : {}) }];
    });
}
