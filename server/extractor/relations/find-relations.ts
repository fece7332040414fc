/** Stage 7: lasting ties between actors: titles (LEADS/REPRESENTS), "X-backed" and alliances (BACKS), conflicts (OPPOSES), memberships (MEMBER_OF). */
import type { CandidateRelation, EntityRef, Mention, Segment, TitleTie } from '../document-model.js';
import { conflictRelations } from './find-conflict-relations.js';
import { findHostilityRelations } from './find-hostility-relations.js';
import { holdsPastOffice } from './holds-past-office.js';
import { findLedByRelations } from './find-led-by-relations.js';
import { findMembershipRelations, findMissionParents } from './find-membership-relations.js';
import { findAllianceRelations } from './find-alliance-relations.js';
import { findOppositionRelations } from './find-opposition-relations.js';
import { createTitleReading, readOwnedBodies, readOwningStates, readTitleOwners, type TitleOwner } from './read-title-owners.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import type { MergedEvent } from '../events/merge-events.js';
import type { NlpDocument } from '../nlp/nlp-document.js';

const BACKED = /^[-‑](backed|supported|allied|aligned|funded|armed)\b/i;
const BACKED_OPERATION = /^[-‑]\w+\s+(?:[a-z]+\s+)?(offensive|campaign|assault|operation|push|attack|advance|siege|strikes|bombing|bombardment|government|regime|forces|troops)\b/i;
/** "sided with (Chilean President) Luis Soto": a title may stand between the verb and the one backed. */
const SIDED = /\b(sided with|siding with|allied with|ally of|allies of|support for|supporting|backing|backer of|backers of|patron of|backs|supports|(?:which|who|that) backed)\s+(the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$/;

/** Every person with a title tie, where the title introduces them (else where first named), is tied to the state or body it names; a former office ties them to nothing. */
function titleRelations(nlp: NlpDocument, mentions: Mention[], ties: Map<string, TitleTie>, segments: Segment[]): CandidateRelation[] {
  return [...ties.entries()].flatMap(([id, tie]) => {
    const named = mentions.filter((m) => m.entity.id === id);
    const at = named.find((m) => m.tie) ?? named[0];
    const segment = at ? segments[at.segment] : undefined;
    if (!at || !tie.affiliation || holdsPastOffice(nlp, at)) return [];
    const evidence = segment ? { start: segment.start, end: segment.end } : { start: at.start, end: at.end };
    return [{ source: id, type: tie.relation, target: tie.affiliation.id, evidence }];
  });
}

function inSegment(mentions: Mention[], segment: number): Mention[] {
  return mentions.filter((m) => m.segment === segment && !m.bystander);
}

/** "Russian-backed offensive" by "Syrian regime troops": Russia BACKS the Syrian government; "sided with X": the actor before backs X. */
function backingRelations(text: string, mentions: Mention[], segments: Segment[]): CandidateRelation[] {
  return mentions.flatMap((m): CandidateRelation[] => {
    const segment = segments[m.segment];
    if (!segment) return [];
    const evidence = { start: segment.start, end: segment.end };
    const others = inSegment(mentions, m.segment).filter((o) => o.entity.id !== m.entity.id && o.entity.kind !== 'person');
    if (BACKED.test(text.slice(m.end, m.end + 10))) {
      // "Russian-backed offensive" backs whoever wages it, named before; "Iranian-backed militias" backs no named actor.
      const operation = BACKED_OPERATION.test(text.slice(m.end, m.end + 40));
      const modified = others.find((o) => o.start > m.end && /^[-‑]\w+\s+(?:[a-z]+\s+)?$/.test(text.slice(m.end, o.start)));
      const backed = modified ?? (operation ? others.filter((o) => o.end <= m.start).at(-1) : undefined);
      return backed ? [{ source: m.entity.id, type: 'BACKS' as const, target: backed.entity.id, evidence }] : [];
    }
    if (SIDED.test(text.slice(Math.max(0, m.start - 60), m.start)) && !m.bystander) {
      // The backer is the actor named last before the verb, with those listed with it ("accused Eritrea of supporting X": Eritrea).
      const last = others.filter((o) => o.end <= m.start).at(-1);
      const backers = last ? listFrom(last, others, text, 'before') : [];
      return backers.map((b) => ({ source: b.entity.id, type: 'BACKS' as const, target: m.entity.id, evidence }));
    }
    return [];
  });
}

const LIST_SEPARATOR = /^\s*(?:,|and|, and)\s+(?:the\s+)?$/;
const APPOSITION = /^\s*,\s+(?:the\s+)?$/;
const MEMBER_NOUN_AFTER = /^\s+(?:member|members|member states?|member countries|allies|ally)\s+(?:the\s+)?$/;
const MEMBER_OF_BEFORE = /^\s*,?\s+(?:(?:a|an|the|both|all)\s+)?(?:fellow\s+)?(?:founding\s+)?(?:member|members)\s+(?:states?\s+)?of\s+(?:the\s+)?$/;

/** The actors listed with `first`, walking in one direction while only list separators stand between them. */
function listFrom(first: Mention, others: Mention[], text: string, direction: 'before' | 'after'): Mention[] {
  const list = [first];
  const ordered = direction === 'before' ? others.filter((o) => o.end <= first.start).reverse() : others.filter((o) => o.start >= first.end);
  for (const o of ordered) {
    const last = list.at(-1)!;
    const gap = direction === 'before' ? text.slice(o.end, last.start) : text.slice(last.end, o.start);
    if (!LIST_SEPARATOR.test(gap)) break;
    list.push(o);
  }
  return list;
}

/** "Chile, Peru and Colombia, the Pacific trio", "NATO member Turkey", "Chad, a member of the African Union": MEMBER_OF. */
function membershipRelations(text: string, mentions: Mention[], segments: Segment[]): CandidateRelation[] {
  return mentions
    .filter((m) => m.entity.kind === 'organization' && !m.bystander)
    .flatMap((body) => {
      const segment = segments[body.segment];
      if (!segment) return [];
      const evidence = { start: segment.start, end: segment.end };
      const states = inSegment(mentions, body.segment).filter((o) => o.entity.kind === 'state');
      const before = states.filter((o) => o.end <= body.start).at(-1);
      const after = states.find((o) => o.start >= body.end);
      const members: Mention[] = [];
      const appositive = before && APPOSITION.test(text.slice(before.end, body.start)) ? listFrom(before, states, text, 'before') : [];
      if (appositive.length >= 2) members.push(...appositive);
      if (before && MEMBER_OF_BEFORE.test(text.slice(before.end, body.start))) members.push(...listFrom(before, states, text, 'before'));
      if (after && MEMBER_NOUN_AFTER.test(text.slice(body.end, after.start))) members.push(...listFrom(after, states, text, 'after'));
      return members.map((m) => ({ source: m.entity.id, type: 'MEMBER_OF' as const, target: body.entity.id, evidence }));
    });
}

/** "X, a leader of Y who headed the rebel delegation": the head of a side's delegation represents that side. */
const HEADED_BEFORE = /\bwho\s+(?:led|leads|headed|heads)\s+(?:the\s+|a\s+)?$/;

function delegationRelations(text: string, mentions: Mention[], segments: Segment[]): CandidateRelation[] {
  return mentions.flatMap((d) => {
    const segment = segments[d.segment];
    if (!segment || d.entity.kind === 'person' || !/delegation$/i.test(d.text) || !HEADED_BEFORE.test(text.slice(segment.start, d.start))) return [];
    const head = mentions.filter((m) => m.segment === d.segment && m.entity.kind === 'person' && m.end <= d.start).at(-1);
    return head ? [{ source: head.entity.id, type: 'REPRESENTS' as const, target: d.entity.id, evidence: { start: segment.start, end: segment.end } }] : [];
  });
}

/** "the Saudi-led coalition": the state named inside a coalition's name, before "-led", is its member. */
function ledRelations(text: string, mentions: Mention[], segments: Segment[]): CandidateRelation[] {
  return mentions.flatMap((m) => {
    const container = m.entity.kind === 'state' && /^[-‑]led\b/.test(text.slice(m.end, m.end + 5)) ? mentions.find((c) => c !== m && c.start <= m.start && m.end < c.end) : undefined;
    const segment = segments[m.segment];
    return container && segment ? [{ source: m.entity.id, type: 'MEMBER_OF' as const, target: container.entity.id, evidence: { start: segment.start, end: segment.end } }] : [];
  });
}

/** Relations stated or plainly implied, one per (source, type, target). */
export interface RelationContext {
  text: string;
  mentions: Mention[];
  ties: Map<string, TitleTie>;
  segments: Segment[];
  events: MergedEvent[];
  groupCountries: Map<string, EntityRef>;
  nlp: NlpDocument;
}

const titleReading = createTitleReading(lexicons.titles);

/**
 * The title ties stand, but for a state owning the body the tree reads the title to belong to; the tree's reading adds the ties of persons without one, and the rest of a list the tie's body
 * stands in ("negotiator for the A and the B"); a "deputy" in the tree makes a tie's LEADS a REPRESENTS.
 */
function mergeTitleRelations(ties: CandidateRelation[], read: TitleOwner[], isState: (id: string) => boolean): CandidateRelation[] {
  // "head of Ghana's National Peace Council": where the tie took the state owning the body the tree reads the title to belong to, the body wins.
  const overruled = (t: CandidateRelation) =>
    isState(t.target) && read.some((r) => r.source === t.source && !r.state) && !read.some((r) => r.source === t.source && r.target === t.target);
  const tied = ties.filter((t) => !overruled(t));
  const bySource = (id: string) => tied.filter((r) => r.source === id);
  const added = read.filter((r) => {
    const own = bySource(r.source);
    const listed = !r.state && read.some((o) => o !== r && o.source === r.source && own.some((t) => t.target === o.target));
    return !own.length || own.some((t) => t.target === r.target) || listed;
  });
  const demoted = (t: CandidateRelation) => added.some((r) => r.second && r.source === t.source && r.target === t.target);
  const kept = tied.filter((t) => !demoted(t));
  const plain = added.map(({ second: _, state: __, ...r }) => r);
  return [...kept, ...plain.filter((r) => !kept.some((t) => t.source === r.source && t.target === r.target))];
}

export function findRelations({ text, mentions, ties, segments, events, groupCountries, nlp }: RelationContext): CandidateRelation[] {
  const isState = (id: string) => mentions.some((m) => m.entity.id === id && m.entity.kind === 'state');
  const titled = mergeTitleRelations(titleRelations(nlp, mentions, ties, segments), readTitleOwners(nlp, mentions, titleReading), isState);
  // A title says more than a possessive: "Israel's Netanyahu" ties only a person no title ties.
  const owned = readOwningStates(nlp, mentions).filter((r) => !ties.has(r.source) && !titled.some((t) => t.source === r.source));
  const all = [
    ...titled,
    ...owned,
    ...backingRelations(text, mentions, segments),
    ...conflictRelations(mentions, events, segments, groupCountries),
    ...findHostilityRelations(nlp, mentions),
    ...findLedByRelations(nlp, mentions),
    ...membershipRelations(text, mentions, segments),
    ...findMembershipRelations(nlp, mentions),
    ...findMissionParents(mentions),
    ...findAllianceRelations(nlp, mentions),
    ...findOppositionRelations(nlp, mentions),
    ...readOwnedBodies(nlp, mentions),
    ...ledRelations(text, mentions, segments),
    ...delegationRelations(text, mentions, segments),
  ];
  const unique = new Map<string, CandidateRelation>();
  for (const r of all) if (r.source !== r.target) unique.set(`${r.source}|${r.type}|${r.target}`, unique.get(`${r.source}|${r.type}|${r.target}`) ?? r);
  return [...unique.values()];
}
