/**
 * Stage 3: event triggers, matched on the NLP document's lemmas and parts of speech rather than on
 * surface strings, so "sieges", "advancing on" and "drove the rebels out" are found like "siege",
 * "advanced on" and "drove out". The words are data: lexicons/triggers.json.
 */
import type { EventType, StatementSubtype } from '../../contract/extraction.js';
import type { Segment, Trigger } from '../document-model.js';
import type { Triggers } from '../lexicons/load-lexicons.js';
import { keepEventTriggers } from './keep-event-triggers.js';
import type { NlpToken } from '../nlp/nlp-document.js';
import { buildTokenTree, type TokenTree } from '../nlp/token-tree.js';

interface TriggerPhrase {
  type: EventType;
  subtype: StatementSubtype | null;
  form: 'noun' | 'verb';
  words: string[];
}

export interface CompiledTriggers {
  /** Phrases by the lemma of the word that must carry the part of speech (a noun phrase's last noun, a verb phrase's first word). */
  byAnchor: Map<string, TriggerPhrase[]>;
  /** Phrases whose anchor ends in * (prefix match). */
  prefixed: TriggerPhrase[];
  exclusions: string[][];
}

/** How many words may stand between a verb and the rest of its phrase ("drove the rebels out", "fired 40 rockets"). */
const VERB_PHRASE_GAP = 3;

const splitWords = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

/** A phrase's word lists: as written, and for a hyphenated word also split at its hyphens, as CoreNLP mostly tokenizes it ("cease - fire"). */
const wordingsOf = (phrase: string): string[][] => {
  const written = splitWords(phrase);
  return phrase.includes('-') ? [written, written.flatMap((w) => w.split(/(-)/).filter(Boolean))] : [written];
};

/** Indexes the lexicon's phrases by their anchor lemma. */
export function compileTriggers(triggers: Triggers): CompiledTriggers {
  const phrases: TriggerPhrase[] = [
    ...Object.entries(triggers.statements).flatMap(([subtype, words]) => toPhrases('statement', subtype as StatementSubtype, words)),
    ...Object.entries(triggers.events).flatMap(([type, words]) => toPhrases(type as EventType, null, words)),
  ];
  const byAnchor = new Map<string, TriggerPhrase[]>();
  const prefixed: TriggerPhrase[] = [];
  for (const phrase of phrases) {
    const anchor = anchorOf(phrase);
    if (anchor.endsWith('*')) prefixed.push(phrase);
    else byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), phrase]);
  }
  return { byAnchor, prefixed, exclusions: triggers.exclusions.flatMap(wordingsOf) };
}

function toPhrases(type: EventType, subtype: StatementSubtype | null, words: { nouns: string[]; verbs: string[] }): TriggerPhrase[] {
  return [
    ...words.nouns.flatMap((p) => wordingsOf(p).map((w) => ({ type, subtype, form: 'noun' as const, words: w }))),
    ...words.verbs.flatMap((p) => wordingsOf(p).map((w) => ({ type, subtype, form: 'verb' as const, words: w }))),
  ];
}

/** Prepositions a noun phrase may end in ("measure against", "support for"): its noun stands before them. */
const TRAILING_PREPOSITIONS = new Set(['against', 'between', 'for', 'from', 'of', 'on', 'to', 'with']);

/** Where a phrase's anchor stands in it: a verb phrase's first word, a noun phrase's last word but for trailing prepositions. */
function anchorIndex(phrase: TriggerPhrase): number {
  if (phrase.form === 'verb') return 0;
  let at = phrase.words.length - 1;
  while (at > 0 && TRAILING_PREPOSITIONS.has(phrase.words[at] as string)) at--;
  return at;
}

const anchorOf = (phrase: TriggerPhrase) => phrase.words[anchorIndex(phrase)] as string;

/** The token's lemma for matching, in lower case (CoreNLP keeps a proper noun's capitals: "Talks" in a title-case headline). */
function lemmaOf(token: NlpToken): string {
  return token.lemma.toLowerCase();
}

const wordMatches = (word: string, token: NlpToken) => {
  const lemma = lemmaOf(token);
  const surface = token.word.toLowerCase();
  if (word.endsWith('*')) return lemma.startsWith(word.slice(0, -1)) || surface.startsWith(word.slice(0, -1));
  return lemma === word || surface === word;
};

function hasForm(token: NlpToken, form: 'noun' | 'verb', headline: boolean): boolean {
  if (form === 'verb') return token.pos.startsWith('VB');
  // Proper nouns name things ("the Peace Conference Hotel") except in title-case headlines.
  return token.pos === 'NN' || token.pos === 'NNS' || (headline && token.pos.startsWith('NNP'));
}

/** Token indexes the phrase covers when it matches with `anchor` at index i, or null. */
function matchPhrase(phrase: TriggerPhrase, tokens: NlpToken[], i: number, tree: TokenTree): number[] | null {
  if (phrase.form === 'noun') {
    const last = anchorIndex(phrase);
    const first = i - last;
    if (first < 0 || !phrase.words.slice(0, last + 1).every((w, k) => wordMatches(w, tokens[first + k] as NlpToken))) return null;
    // "measures against X", "support for X": a trailing preposition heads a phrase the noun governs, wherever it stands.
    const governed = phrase.words.slice(last + 1).every((w) => tree.childrenOf(i).some((c) => tree.childrenOf(c, ['case']).some((m) => wordMatches(w, tokens[m] as NlpToken))));
    return governed ? phrase.words.slice(0, last + 1).map((_, k) => first + k) : null;
  }
  const covered = [i];
  let at = i;
  for (const word of phrase.words.slice(1)) {
    let found = -1;
    for (let j = at + 1; j <= Math.min(tokens.length - 1, at + 1 + VERB_PHRASE_GAP); j++) {
      const token = tokens[j] as NlpToken;
      if (/^[,;:.]$/.test(token.word)) break;
      if (wordMatches(word, token)) {
        found = j;
        break;
      }
    }
    if (found < 0) return null;
    covered.push(found);
    at = found;
  }
  return covered;
}

function candidatePhrases(compiled: CompiledTriggers, token: NlpToken): TriggerPhrase[] {
  const exact = [...(compiled.byAnchor.get(lemmaOf(token)) ?? []), ...(compiled.byAnchor.get(token.word.toLowerCase()) ?? [])];
  return [...new Set([...exact, ...compiled.prefixed.filter((p) => wordMatches(anchorOf(p), token))])];
}

/** Token indexes inside an exclusion phrase ("press conference"). */
function excludedTokens(tokens: NlpToken[], exclusions: string[][]): Set<number> {
  const excluded = new Set<number>();
  tokens.forEach((_, i) => {
    for (const words of exclusions) {
      if (words.every((w, k) => tokens[i + k] !== undefined && wordMatches(w, tokens[i + k] as NlpToken))) words.forEach((_, k) => excluded.add(i + k));
    }
  });
  return excluded;
}

/** All triggers among one segment's tokens that name an event; where two overlap, the longer phrase (then the statement) wins. */
export function findTriggers(tokens: NlpToken[], segment: Segment, compiled: CompiledTriggers): Trigger[] {
  const excluded = excludedTokens(tokens, compiled.exclusions);
  const headline = segment.kind === 'headline';
  const tree = buildTokenTree(tokens);
  const found = tokens.flatMap((token, i) =>
    candidatePhrases(compiled, token)
      .filter((phrase) => hasForm(token, phrase.form, headline) && !excluded.has(i))
      .flatMap((phrase) => {
        const covered = matchPhrase(phrase, tokens, i, tree);
        return covered ? [{ phrase, covered }] : [];
      }),
  );
  const kept: { phrase: TriggerPhrase; covered: number[] }[] = [];
  const overlaps = (a: number[], b: number[]) => a.some((i) => b.includes(i));
  for (const match of found.sort((a, b) => b.covered.length - a.covered.length || statementFirst(a.phrase, b.phrase))) {
    if (!kept.some((k) => overlaps(k.covered, match.covered))) kept.push(match);
  }
  const anchored = kept.map((k) => {
    const anchor = k.covered[anchorIndex(k.phrase)] as number;
    return { ...k, form: isGerundNoun(tree, anchor) ? ('noun' as const) : k.phrase.form, type: k.phrase.type, anchor };
  });
  return keepEventTriggers(anchored, tree)
    .map(({ phrase, covered, form }) => toTrigger({ ...phrase, form }, covered, tokens, segment))
    .sort((a, b) => a.start - b.start);
}

/** "Eritrea's shelling", "its relentless shelling": a possessive right before the word, past its adjectives (read from the tags: the parser often hangs such a gerund elsewhere). */
function hasPossessiveBefore(tree: TokenTree, at: number): boolean {
  let before = at - 1;
  while (/^(JJ|RB)/.test(tree.tokens[before]?.pos ?? '')) before--;
  return /^(POS|PRP\$)$/.test(tree.tokens[before]?.pos ?? '');
}

/** "protested against the shelling", "condemned Eritrea's shelling": a gerund with a determiner or a possessive names the event like a noun. */
const isGerundNoun = (tree: TokenTree, anchor: number) => tree.tokens[anchor]?.pos === 'VBG' && (tree.childrenOf(anchor, ['det']).length > 0 || hasPossessiveBefore(tree, anchor));

const statementFirst = (a: TriggerPhrase, b: TriggerPhrase) => Number(b.type === 'statement') - Number(a.type === 'statement');

/** The trigger's span: a contiguous phrase whole; a verb with words further on ("drove … out"), the verb alone. */
function toTrigger(phrase: TriggerPhrase, covered: number[], tokens: NlpToken[], segment: Segment): Trigger {
  const contiguous = covered.every((c, k) => k === 0 || c === (covered[k - 1] as number) + 1);
  const first = tokens[covered[0] as number] as NlpToken;
  const last = tokens[(contiguous ? covered.at(-1) : covered[0]) as number] as NlpToken;
  const offset = first.start - segment.start;
  return {
    start: first.start,
    end: last.end,
    text: segment.text.slice(offset, offset + last.end - first.start),
    segment: segment.index,
    type: phrase.type,
    subtype: phrase.subtype,
    form: phrase.form,
  };
}
