/**
 * "Both sides", "the two countries", "warring parties", "the parties": words that name the parties of a conflict
 * or exchange the article names elsewhere. They stand in the sentence as a placeholder mention, take a role like
 * any actor, and are replaced by the parties of the last event between two sides or more told before them (a
 * person and the state or body they serve are one side); where no such event precedes them they are left out. A
 * number past two counts them: "the four countries" are the parties of the last event, of any type, with exactly
 * four actors of the noun's kinds in one role ("X, Y, Z and W condemned …").
 */
import type { EventType } from '../../contract/extraction.js';
import type { CandidateEvent, CandidateParticipant, Mention, Segment, TitleTie } from '../document-model.js';
import type { Parties } from '../lexicons/load-lexicons.js';
import type { NlpDocument, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';

/** The id of a placeholder actor is this prefix and its noun's lemma, then "#" and the count a number word gives; no real actor id starts with "@". */
const PREFIX = '@parties:';
const isPlaceholder = (id: string) => id.startsWith(PREFIX);

/** Events whose participants are the sides of something: the parties "both sides" may point at. */
const BETWEEN_SIDES: ReadonlySet<EventType> = new Set(['talks', 'meeting', 'agreement', 'ceasefire', 'offensive']);
const MODIFIER = /^(det|det:predet|amod|nummod|cc:preconj)$/;

/** The placeholder mentions of one segment, for the words that point at parties named before (in `earlier` events). */
export function findImplicitParties(nlp: NlpDocument, segment: Segment, earlier: CandidateEvent[], parties: Parties, ties: Map<string, TitleTie>): Mention[] {
  return nlp.sentences
    .filter((s) => s.start < segment.end && segment.start < s.end)
    .flatMap((s) =>
      s.tokens.flatMap((t) => {
        const noun = t.lemma.toLowerCase();
        if (t.pos !== 'NNS' || !parties.nouns.includes(noun) || t.start < segment.start || t.end > segment.end) return [];
        const modifiers = childrenOf(s, t, MODIFIER);
        const words = modifiers.map((m) => m.word.toLowerCase());
        const count = words.map((w) => parties.counts[w]).find((n) => n !== undefined);
        const named = count ? `${noun}#${count}` : noun;
        const marked = count !== undefined || words.some((w) => parties.markers.includes(w)) || (words.includes('the') && parties.definite.includes(noun));
        return marked && partiesFor(named, t.start, earlier, parties, ties).length ? [placeholder([...modifiers, t], segment, named)] : [];
      }),
    );
}

function placeholder(tokens: NlpToken[], segment: Segment, named: string): Mention {
  const start = Math.min(...tokens.map((t) => t.start));
  const end = Math.max(...tokens.map((t) => t.end));
  return { start, end, text: named, segment: segment.index, entity: { id: `${PREFIX}${named}`, name: named, kind: 'other' }, alias: false };
}

/** The parties of an event a placeholder may stand for: its participants of the kinds the noun names, but for mediators. */
function sidesOf(e: CandidateEvent, noun: string, parties: Parties): CandidateParticipant[] {
  const kinds = parties.kinds[noun];
  return e.participants.filter((p) => p.role !== 'mediator' && !isPlaceholder(p.id) && (!kinds || kinds.includes(p.kind)));
}

/** The actors of one role in an event, `count` of them, that a counted noun may stand for ("X, Y, Z and W condemned Q": the four). */
function countedOf(e: CandidateEvent, noun: string, count: number, parties: Parties): CandidateParticipant[] {
  const sides = sidesOf(e, noun, parties);
  return sides.length === count ? sides : [...new Set(sides.map((p) => p.role))].map((r) => sides.filter((p) => p.role === r)).find((g) => g.length === count) ?? [];
}

/** How many sides the parties make: a person whose state or body is among them stands on its side ("Lavrov and Russia" are one). */
function sideCount(sides: CandidateParticipant[], ties: Map<string, TitleTie>): number {
  const ids = new Set(sides.map((p) => p.id));
  return sides.filter((p) => !ids.has(ties.get(p.id)?.affiliation?.id ?? '')).length;
}

/** The parties of the last event between two sides or more told before `at` (for a counted noun: of any event with exactly as many); none when there is no such event. */
function partiesFor(named: string, at: number, earlier: CandidateEvent[], parties: Parties, ties: Map<string, TitleTie>): CandidateParticipant[] {
  const [noun = '', count] = named.split('#');
  const partiesOf = (e: CandidateEvent) => (count ? countedOf(e, noun, Number(count), parties) : BETWEEN_SIDES.has(e.trigger.type) ? sidesOf(e, noun, parties) : []);
  const source = earlier.filter((e) => e.trigger.start < at && sideCount(partiesOf(e), ties) >= 2).at(-1);
  return source ? partiesOf(source) : [];
}

/** The participants with each placeholder replaced by the parties it points at, in its role. */
export function expandImplicitParties(participants: CandidateParticipant[], at: number, earlier: CandidateEvent[], parties: Parties, ties: Map<string, TitleTie>): CandidateParticipant[] {
  const expanded: CandidateParticipant[] = [];
  for (const p of participants) {
    const stand = isPlaceholder(p.id) ? partiesFor(p.id.slice(PREFIX.length), at, earlier, parties, ties).map((s) => ({ ...s, role: p.role })) : [p];
    for (const q of stand) if (!expanded.some((x) => x.id === q.id)) expanded.push(q);
  }
  return expanded;
}
