/**
 * Stage 7, continued: the title beside a person's name read from the tree, and whom it ties them to:
 * "Kenya's foreign affairs minister, Alfred Mutua", "X, chief negotiator for the A and the B", "Hezbollah's deputy chief X",
 * "X, a former Nigerian president and now the African Union's High Representative" (only the present office counts).
 */
import type { CandidateRelation, Mention, TitleTie } from '../document-model.js';
import type { Titles } from '../lexicons/load-lexicons.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf, sentenceAt, spanHead } from '../nlp/sentence-tree.js';
import { actorsOfList, mentionAt } from './read-tree-actors.js';

/** Modifiers of a title that make its holder serve the body rather than head it. */
const SECOND = new Set(['deputy', 'vice', 'assistant', 'acting']);
/** Modifiers that put the office in the past or elsewhere. */
const PAST = new Set(['former', 'ex', 'late', 'ousted', 'deposed', 'toppled', 'erstwhile', 'then']);
/** Groups sent by a side: their head represents the side. */
const DELEGATIONS = new Set(['delegation', 'mission', 'team']);
/** Prepositions that introduce the body a title belongs to ("envoy to X" names a host, not an employer). */
const OWNER_CASES = new Set(['of', 'for']);

export interface TitleReading {
  /** Whether a lemma ends a title ("minister", "president", "spokesperson"). */
  isTitleWord: (lemma: string) => boolean;
  /** LEADS or REPRESENTS for a title phrase, by the longest lexicon title it ends with. */
  relationOf: (phrase: string) => TitleTie['relation'];
}

/** The reading of the titles lexicon: the last words of its titles, and the relation of a phrase by its longest known ending. */
export function createTitleReading(titles: Titles): TitleReading {
  const relation = new Map<string, TitleTie['relation']>();
  for (const t of titles.REPRESENTS) relation.set(t.toLowerCase(), 'REPRESENTS');
  for (const t of titles.LEADS) if (!relation.has(t.toLowerCase())) relation.set(t.toLowerCase(), 'LEADS');
  const words = new Set([...relation.keys()].map((t) => t.split(/\s+/).at(-1) ?? t));
  return {
    isTitleWord: (lemma) => words.has(lemma.toLowerCase()),
    relationOf: (phrase) => {
      const parts = phrase.toLowerCase().split(/\s+/);
      for (let i = 0; i < parts.length; i++) {
        const found = relation.get(parts.slice(i).join(' '));
        if (found) return found;
      }
      return 'REPRESENTS';
    },
  };
}

/** The title nouns that present the person whose name heads at `head`: in apposition either way, or compounded before the name, with their conjuncts. */
function titlesOf(s: NlpSentence, head: NlpToken, reading: TitleReading): NlpToken[] {
  const isTitle = (t: NlpToken) => /^(NN|JJ)/.test(t.pos) && reading.isTitleWord(t.lemma);
  const governor = headOf(s, head);
  const found = [
    ...childrenOf(s, head, /^(appos|compound|amod)$/).filter(isTitle),
    ...(governor && /^(appos|dep)$/.test(head.rel) && isTitle(governor) ? [governor] : []),
  ];
  return found.flatMap((t) => [t, ...childrenOf(s, t, /^conj$/).filter(isTitle)]);
}

/** The words of a title phrase: its compounds and adjectives before it, then the title ("foreign affairs minister"). */
function phraseOf(s: NlpSentence, title: NlpToken, mentions: Mention[]): NlpToken[] {
  const before = childrenOf(s, title, /^(compound|amod)$/).filter((c) => c.index < title.index && !mentionAt(mentions, c));
  return [...before.flatMap((c) => phraseOf(s, c, mentions)), title].sort((a, b) => a.index - b.index);
}

/**
 * "head of Ghana's National Peace Council" ties to the council the article names in full; "the Secretary of Iran's Supreme
 * Council", a body known by no name of its own, ties to the state owning it.
 */
function ownersAfter(s: NlpSentence, complement: NlpToken, mentions: Mention[]): Mention[] {
  const state = childrenOf(s, complement, /^nmod:poss$/).flatMap((c) => mentionAt(mentions, c) ?? []).find((m) => m.entity.kind === 'state');
  const name = childrenOf(s, complement, /^compound$/)[0] ?? complement;
  const body = mentionAt(mentions, complement);
  const named = body !== undefined && body.start <= name.start;
  return state && !named ? [state] : actorsOfList(s, complement, mentions);
}

/** The relations one title noun states: to the actors owning it (possessor, demonym, compound name) or named after "of"/"for". */
function relationsOfTitle(s: NlpSentence, title: NlpToken, person: Mention, mentions: Mention[], reading: TitleReading): TitleOwner[] {
  const modifiers = childrenOf(s, title, /^(amod|compound|advmod)$/);
  if (modifiers.some((m) => PAST.has(m.lemma.toLowerCase()) || /^ex[-‑]/i.test(m.word))) return [];
  // "Hamas's deputy chief Omar Saleh": a title compounded before the name shares the name's possessor.
  const name = headOf(s, title);
  const shared = name && title.rel !== 'appos' && name.index === spanHead(s.tokens, person)?.index ? childrenOf(s, name, /^nmod:poss$/) : [];
  const owners = [...childrenOf(s, title, /^(nmod:poss|compound|amod)$/), ...shared].flatMap((c) => mentionAt(mentions, c) ?? []);
  const complement = childrenOf(s, title, /^nmod/).find((c) => childrenOf(s, c, /^case$/).some((k) => OWNER_CASES.has(k.lemma.toLowerCase())));
  const bodies = owners.length ? owners : complement ? ownersAfter(s, complement, mentions) : [];
  const words = phraseOf(s, title, mentions);
  // "deputy chief X": the parser may hang "deputy" on the name beside the title.
  const before = s.tokens[title.index - 1];
  // Heading a side's delegation is serving that side, not leading it.
  const delegation = complement !== undefined && DELEGATIONS.has(complement.lemma.toLowerCase());
  const second = delegation || [...modifiers, ...(before ? [before] : [])].some((m) => SECOND.has(m.lemma.toLowerCase()));
  const relation = second ? 'REPRESENTS' : reading.relationOf(words.map((w) => w.lemma).join(' '));
  const evidence = { start: s.start, end: s.end };
  return bodies
    .filter((b) => b.entity.kind !== 'person' && b.entity.id !== person.entity.id)
    .map((b) => ({ source: person.entity.id, type: relation, target: b.entity.id, evidence, second, state: b.entity.kind === 'state' }));
}

/** A title relation read from the tree; `second` when a "deputy"/"vice" makes the holder serve what the title alone would have them head. */
export interface TitleOwner extends CandidateRelation {
  second: boolean;
  /** Whether the target is a state (a list of bodies may extend a tie; a second state may not). */
  state: boolean;
}

/** Title relations the tree gives each person where a title presents them; a person's first titled mention says. */
export function readTitleOwners(nlp: NlpDocument, mentions: Mention[], reading: TitleReading): TitleOwner[] {
  const done = new Set<string>();
  return mentions
    .filter((m) => m.entity.kind === 'person')
    .flatMap((person) => {
      if (done.has(person.entity.id)) return [];
      const s = sentenceAt(nlp, person.start);
      const head = s ? spanHead(s.tokens, person) : undefined;
      if (!s || !head) return [];
      const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      const found = titlesOf(s, head, reading).flatMap((t) => relationsOfTitle(s, t, person, inside, reading));
      if (found.length) done.add(person.entity.id);
      return found;
    });
}

/** A state written as its government ("Assad's regime"), as opposed to the country ("Putin's Russia" says less). */
const GOVERNMENT_FORM = /\b(government|regime|administration)$/i;

/** "Ocalan's Kurdistan Workers Party", "Ruiz's government": a person owning a body or a government leads it. */
export function readOwnedBodies(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  return mentions
    .filter((m) => m.entity.kind === 'person')
    .flatMap((person) => {
      const s = sentenceAt(nlp, person.start);
      const head = s ? spanHead(s.tokens, person) : undefined;
      const owned = s && head?.rel === 'nmod:poss' ? mentionAt(mentions, headOf(s, head)) : undefined;
      if (!s || !owned || owned.entity.id === person.entity.id) return [];
      const leads = owned.entity.kind === 'organization' || owned.entity.kind === 'armed_group' || (owned.entity.kind === 'state' && GOVERNMENT_FORM.test(owned.text));
      return leads ? [{ source: person.entity.id, type: 'LEADS' as const, target: owned.entity.id, evidence: { start: s.start, end: s.end } }] : [];
    });
}

/** "Israel's Netanyahu": a person a state's name owns, with no title of their own, is written as that state's leader. */
export function readOwningStates(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  return mentions
    .filter((m) => m.entity.kind === 'person')
    .flatMap((person) => {
      const s = sentenceAt(nlp, person.start);
      const head = s ? spanHead(s.tokens, person) : undefined;
      const owner = s && head ? childrenOf(s, head, /^nmod:poss$/).flatMap((c) => mentionAt(mentions, c) ?? [])[0] : undefined;
      if (!s || owner?.entity.kind !== 'state') return [];
      return [{ source: person.entity.id, type: 'LEADS' as const, target: owner.entity.id, evidence: { start: s.start, end: s.end } }];
    });
}
