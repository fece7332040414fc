/** Stage 2a: mentions of known states and organisations, by alias, with the context rules that keep places and adjectives apart. */
import type { Mention, Segment } from '../document-model.js';
import type { AliasEntry } from './build-alias-table.js';
import type { NlpDocument, NlpToken } from '../nlp/nlp-document.js';
import { sentenceAt, spanHead } from '../nlp/sentence-tree.js';
import { isCityUse } from './read-seat-use.js';


const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A demonym before these nouns describes a place or population, not the state acting. */
const NOT_STATE_AFTER = /^\s+(civil war|war|conflict|crisis|civilians|people|refugees|capital|town|city|village|border|territory|soil|coast(?!\s+guard)|province|revolution|uprising|children|women|citizens|nationals|origin|descent)\b/;
/** "a ceasefire in Syria": the country is where it happens, not who acts. */
const SETTING_BEFORE = /(\b(in|inside|across|into|throughout|within)\s+(the\s+)?([a-z]+\s+)?|\b(in|at)\s+[A-Z][\w-]+,\s+)$/;
/** "a UN-monitored buffer zone": the body that patrols or watches over a place only says where something happens. */
const WATCHED_PLACE = /^[-‑](patrolled|monitored|supervised|policed)\b/;
/** "agree a truce at Sweden talks": a country at a venue names where the talks are, not a party to them. */
const AT_VENUE = { before: /\bat\s+(the\s+)?$/, after: /^\s+(?:peace\s+)?(?:talks|summit|conference|meeting|negotiations)\b/ };
/** Nouns that make a state mention longer without changing the actor: "Syrian regime troops", "Yemen's government". */
const GOVERNMENT_NOUNS = /^(?:['’]s)?\s+(government|regime|army|military|armed forces|Armed Forces|forces|troops|authorities|officials|diplomats|negotiators|warplanes|air force|coast guard|Coast Guard|navy|Navy|delegation|administration|leadership|ministry|foreign ministry|state media)( troops| forces| officials)?\b/;

/** "Sudan's transitional government", "Yemen's internationally recognised government": a possessed government with its qualifiers. */
const POSSESSED_GOVERNMENT = /^['’]s\s+(?:(?:transitional|interim|new|military|civilian|caretaker|unity|ruling|elected|federal|central|national|internationally|recogni[sz]ed|backed)\s+){1,2}(?:government|regime|administration|authorities|leadership)\b/;

export function compileAliasPattern(table: AliasEntry[]): RegExp {
  return new RegExp(`(?<![\\w.])(?:${table.map((e) => escape(e.surface)).join('|')})(?![\\w])`, 'g');
}

/** A demonym acts only alone ("Turkish, Greek and other parties") or before a noun for its state's people, forces or acts. */
const ACTING_NOUN = /^\s+(foreign|defen[cs]e|interior|finance|deputy|prime|vice|chief|top|senior|government|regime|army|military|armed|forces|troops|authorities|officials?|leaders?|leadership|president|presidency|ministry|diplomats?|envoy|ambassador|delegation|side|counterpart|warplanes|jets|aircraft|air|navy|coast guard|soldiers|police|bombing|bombardment|offensive|attacks?|strikes?|airstrikes?|shelling|backing|support|state|media|intelligence|economy|special|security|parliament|lawmakers|negotiators|mediators|mediation|envoys|monitors|observers|peacekeepers|proposal|embassy|consulate|involvement|intervention|role|campaign|operations?|presence|opposition)\b/;
const DESCRIBES = /^\s+(?!(and|or|nor)\b)[a-z]/;

/** The token heading the words of a match, or null when a token runs past it ("Doha-based"). */
function headTokenOf(tokens: NlpToken[], start: number, end: number): NlpToken | null {
  if (tokens.some((t) => t.start < end && start < t.end && (t.start < start || t.end > end))) return null;
  return spanHead(tokens, { start, end }) ?? null;
}

/** A capital the tree reads as the city; a hyphenated modifier ("Doha-based") is the city too. */
function isCity(sentence: NlpToken[], start: number, end: number, governed: boolean, before: string): boolean {
  if (/\bgovernment\s+in\s+$/.test(before)) return false;
  const head = headTokenOf(sentence, start, end);
  return head ? isCityUse(sentence, head, governed) : !governed;
}

/** "between Azeris and Armenians": a people named beside another as the two sides stands for its state. */
const PAIRED_PEOPLE = { before: /\b[A-Z][\p{L}]+s\s+(?:and|or|against)\s+$/u, after: /^\s+(?:and|or|against)\s+[A-Z]/ };

function isRejected(entry: AliasEntry, before: string, after: string): boolean {
  const paired = entry.plural === true && (PAIRED_PEOPLE.before.test(before) || PAIRED_PEOPLE.after.test(after));
  if (entry.demonym && DESCRIBES.test(after) && !ACTING_NOUN.test(after) && !paired) return true;
  return !entry.place && NOT_STATE_AFTER.test(after);
}

/** State and organisation mentions in one sentence. */
export function findEntityMentions(segment: Segment, pattern: RegExp, bySurface: Map<string, AliasEntry>, nlp: NlpDocument): Mention[] {
  const mentions: Mention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(segment.text); m; m = pattern.exec(segment.text)) {
    const entry = bySurface.get(m[0]);
    if (!entry) continue;
    const before = segment.text.slice(0, m.index);
    const after = segment.text.slice(m.index + m[0].length);
    if (isRejected(entry, before, after)) continue;
    const extension = entry.entity.kind === 'state' ? ((GOVERNMENT_NOUNS.exec(after) ?? POSSESSED_GOVERNMENT.exec(after))?.[0].length ?? 0) : 0;
    const start = segment.start + m.index;
    if (entry.place && isCity(sentenceAt(nlp, start)?.tokens ?? [], start, start + m[0].length, extension > 0, before)) continue;
    const end = start + m[0].length + extension;
    const atVenue = AT_VENUE.before.test(before) && AT_VENUE.after.test(after);
    const setting = WATCHED_PLACE.test(after) || (entry.entity.kind === 'state' && (atVenue || (SETTING_BEFORE.test(before) && !/\bgovernment\s+in\s+$/.test(before))));
    const text = segment.text.slice(m.index, m.index + m[0].length + extension);
    mentions.push({ start, end, text, segment: segment.index, entity: entry.entity, alias: true, ...(setting ? { bystander: true, setting: true } : {}) });
  }
  return mentions;
}
