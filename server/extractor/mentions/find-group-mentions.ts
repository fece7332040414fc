/** Stage 2d: oppositions, rebels and unnamed governments, tied to the country the article is about. */
import type { EntityRef, Mention, Segment } from '../document-model.js';
import { nameCountryGroup } from './name-country-group.js';

/** Demonym → the state it belongs to, and the demonym itself for naming groups ("Syrian rebels"). */
export type DemonymIndex = Map<string, { state: EntityRef; demonym: string; country: string }>;

const GROUP = /\b(?:(?:pro|anti)-[A-Z][\p{L}]+\s+)?(?:([A-Z][\p{L}]+)(?:['’]s)?\s+)?(?:(armed|political|main|primary|mainstream|moderate)\s+)?([Oo]pposition|[Rr]ebels?|[Ss]eparatists|[Ii]nsurgents|[Mm]ilitants|[Gg]angs)(?:\s+(forces|groups?|fighters|delegations?|bloc|factions?|parties|representatives|leaders?))?\b(?![-‑]|\s+to\b|\s+(?:politicians?|lawmakers?|figures?|activists?|MPs?)\b|(?:\s+and\s+\w+)?\s+(?:areas|territory|territories|strongholds|districts|neighbourhoods|neighborhoods|held)\b)/gu;
const ARMED = /^(rebels?|separatists|insurgents|militants|gangs|armed|forces|fighters|factions?)$/i;
/** "the government of Sudan" names another state's; "accused the government of stalling" names the home one. */
const HOME_GOVERNMENT = /\b(?:[Tt]he\s+)?(?:[Rr]egime|[Gg]overnment)(?:\s+(?:forces|troops|delegation|army))?\b(?!\s+(?:of\b(?!\s+[a-z]+ing\b)|in\b))/g;

interface GroupHit {
  start: number;
  end: number;
  text: string;
  segment: number;
  country: { state: EntityRef; demonym: string };
  armed: boolean;
  /** Gangs are named as such, not as rebels. */
  gangs: boolean;
  /** A region naming the group instead of the country: "Casamance rebels". */
  region?: string;
}

/** Capitalised words before "rebels" that are sentence openers, not regions. */
const NOT_REGION = /^(The|But|And|Some|Many|Other|Two|Three|Several|These|Those|Their|Its|Rival|Both|All|Armed|Violent|Criminal|Local|Islamist|Kurdish|Sunni|Shia|Shiite)$/;

type Home = { state: EntityRef; demonym: string };
/** "Russia-backed separatists": the state backing a group is not the one it rebels in. */
const BACKER_BEFORE = /([A-Z][\p{L}.]+)[-‑](?:backed|supported|armed|funded|sponsored)\s+$/u;

const lookupCountry = (demonyms: DemonymIndex, word: string) => demonyms.get(word) ?? [...demonyms.values()].find((d) => d.state.name === word || d.country === word);

/** The home state, unless it is the group's backer: then the runner-up. */
function homeOf(before: string, demonyms: DemonymIndex, homes: Home[]): Home {
  const backer = BACKER_BEFORE.exec(before)?.[1];
  const backerState = backer ? lookupCountry(demonyms, backer)?.state.id : undefined;
  return homes.find((h) => h.state.id !== backerState) ?? homes[0]!;
}

function findGroupHits(segment: Segment, demonyms: DemonymIndex, homes: Home[], isKnownName: (name: string) => boolean): GroupHit[] {
  return [...segment.text.matchAll(GROUP)].flatMap((m) => {
    const named = m[1] ? lookupCountry(demonyms, m[1]) : undefined;
    const home = homeOf(segment.text.slice(0, m.index ?? 0), demonyms, homes);
    // "Hezbollah opposition" is Hezbollah objecting, not a group of rebels.
    if (m[1] && !named && isKnownName(m[1])) return [];
    const region = m[1] && !named && !NOT_REGION.test(m[1]) ? m[1] : undefined;
    const armed = [m[2], m[3], m[4]].some((w) => w !== undefined && ARMED.test(w));
    const start = segment.start + (m.index ?? 0) + (m[1] && !named && !region ? m[0].indexOf(m[1]) + m[1].length + 1 : 0);
    const text = segment.text.slice(start - segment.start, segment.start + (m.index ?? 0) + m[0].length - segment.start);
    const gangs = /^gangs$/i.test(m[3] ?? '');
    return [{ start, end: start + text.length, text, segment: segment.index, country: named ?? home, armed, gangs, ...(region ? { region } : {}) }];
  });
}

/** One group per country: rebels (armed_group) if any mention is armed, else the opposition (organization). */
function groupEntity(hits: GroupHit[]): EntityRef {
  const demonym = hits.find((h) => h.region)?.region ?? hits[0]!.country.demonym;
  return nameCountryGroup(demonym, hits.some((h) => h.armed), hits.every((h) => h.gangs));
}

export interface GroupMentions {
  mentions: Mention[];
  /** Group id → the state whose government it stands against. */
  countries: Map<string, EntityRef>;
}

/** Opposition and rebel mentions, grouped per country. */
export function findGroupMentions(segments: Segment[], demonyms: DemonymIndex, homes: Home[], isKnownName: (name: string) => boolean): GroupMentions {
  const countries = new Map<string, EntityRef>();
  const home = homes[0];
  if (!home) return { mentions: [], countries };
  const explicit = segments.flatMap((s) => findGroupHits(s, demonyms, homes, isKnownName)).find((h) => h.country !== home);
  // Once the article names whose rebels they are ("Libyan rebels", "Russia-backed separatists"), the bare "rebels" are those.
  const fallback = explicit ? [explicit.country, ...homes] : homes;
  const hits = segments.flatMap((s) => findGroupHits(s, demonyms, fallback, isKnownName));
  const byCountry = new Map<string, GroupHit[]>();
  for (const h of hits) byCountry.set(h.country.state.id, [...(byCountry.get(h.country.state.id) ?? []), h]);
  const mentions = [...byCountry.values()].flatMap((group) => {
    const entity = groupEntity(group);
    countries.set(entity.id, group[0]!.country.state);
    return group.map((h) => ({ start: h.start, end: h.end, text: h.text, segment: h.segment, entity, alias: true }));
  });
  return { mentions, countries };
}

/** "the regime", "government forces": the government of the article's country. */
export function findHomeGovernmentMentions(segments: Segment[], home: EntityRef | null): Mention[] {
  if (!home) return [];
  return segments.flatMap((segment) =>
    [...segment.text.matchAll(HOME_GOVERNMENT)].map((m) => {
      const start = segment.start + (m.index ?? 0);
      return { start, end: start + m[0].length, text: m[0], segment: segment.index, entity: home, alias: true };
    }),
  );
}
