/** The actors that modify an event noun: before it ("the Russian-backed offensive") or after a preposition ("talks between X and Y", "the gerund's object"). */
import type { EventType, Role } from '../../contract/extraction.js';
import type { Mention, Trigger } from '../document-model.js';

/** Actors listed together, or a backer and the actor it backs ("the Iran-aligned Houthis"). */
export const LIST_GAP = /^\s*(?:,|and|, and)\s+(?:[\w'’.-]+\s+){0,3}(?:pro-)?$|^[-‑](?:backed|aligned|allied|supported|funded|armed)\s+$/;

/** Function words and verbs that end a noun phrase: an actor beyond them does not modify the event noun. */
const PHRASE_BREAK = /^(the|a|an|this|these|those|on|in|at|to|for|of|by|with|from|that|which|who|was|were|is|are|be|been|has|have|had|will|would|must|should|can|could|may|might|not|stop|end|halt|said|says|after|before|than|as|but|while|its|their|his|her|into|over|under|against)$/;
/** Words of comment on the event: their "by" names who commented, not who took part ("the deal was welcomed by Kenya"; "requested by" is the actor's). */
const COMMENT_BEFORE_PREPOSITION = /\b(said|says|welcomed|condemned|criticised|criticized|praised|rejected|denounced|hailed|endorsed|opposed|questioned|applauded)\b/i;
/** "talks on Syria", "a deal on Hodeidah": after these nouns "on" names the subject matter, not a party acted upon. */
const TOPICAL: ReadonlySet<EventType> = new Set(['talks', 'meeting', 'agreement', 'ceasefire']);
const PREPOSITION_ROLE: Record<string, Role> = {
  by: 'source',
  on: 'target',
  against: 'target',
  targeting: 'target',
  between: 'participant',
  with: 'participant',
  involving: 'participant',
  including: 'participant',
  among: 'participant',
  from: 'participant',
  of: 'participant',
  for: 'participant',
};

/** Up to three adjectives or nouns, a possessive, a hyphenated "-backed", or a list comma/"and". */
function isModifierGap(gap: string): boolean {
  const words = gap.replace(/^[-‑]\w+/, '').replace(/^['’]s\b/, '').split(/[\s,]+/).filter((w) => w && w !== 'and' && w !== '&');
  return words.length <= 3 && words.every((w) => /^[a-z][\w-]*$/.test(w) && !PHRASE_BREAK.test(w));
}

/** Actors right before an event noun, nearest first ("the Russian-backed offensive", "Chad and Sudan talks"). */
export function premodifiers(trigger: Trigger, mentions: Mention[], text: string): Mention[] {
  const found: Mention[] = [];
  let left = trigger.start;
  let owned = false;
  for (const m of [...mentions].filter((x) => x.end <= trigger.start).reverse()) {
    const gap = text.slice(m.end, left);
    // "Uganda condemned Kenya's shelling": a possessive opens the noun phrase; only actors listed with the owner belong to it.
    if (owned ? !LIST_GAP.test(gap) : !isModifierGap(gap)) break;
    owned ||= /^['’]s\b/.test(gap);
    found.push(m);
    left = m.start;
  }
  return found;
}

/** Actors after an event noun, each with the role its preposition gives; a gerund's bare object takes `objectRole` ("shelling the rebels"). */
export function postmodifiers(trigger: Trigger, mentions: Mention[], text: string, objectRole: Role): Array<{ m: Mention; role: Role }> {
  const found: Array<{ m: Mention; role: Role }> = [];
  let right = trigger.end;
  let role: Role | null = null;
  for (const m of mentions.filter((x) => x.start >= trigger.end)) {
    const gap = text.slice(right, m.start);
    const prep = /^\s+(?:[a-z][\w-]*\s+){0,3}?(between|with|by|on|against|targeting|involving|including|among|from|of|for)\s+(?:[a-z][\w-]*\s+){0,4}(?:[A-Z][\w-]*\s+){0,2}(?:pro-)?$/.exec(gap);
    const gerundObject = found.length === 0 && /ing$/.test(trigger.text) && /^\s+(the\s+)?$/.test(gap);
    if (prep && COMMENT_BEFORE_PREPOSITION.test(gap.slice(0, prep.index + prep[0].indexOf(prep[1] ?? '')))) break;
    if (prep && TOPICAL.has(trigger.type) && PREPOSITION_ROLE[prep[1] ?? ''] === 'target') break;
    // "sanctions … for arming rebels in X": a gerund after the preposition names another act, whose object X is.
    if (prep && /\b[a-z]{3,}ing\s+(?:\S+\s+)*$/.test(gap.slice((prep.index ?? 0) + prep[0].lastIndexOf(prep[1] ?? '') + (prep[1] ?? '').length))) break;
    if (prep) role = PREPOSITION_ROLE[prep[1] ?? ''] ?? 'participant';
    else if (gerundObject) role = objectRole;
    else if (!(role && LIST_GAP.test(gap))) break;
    found.push({ m, role: role ?? 'participant' });
    right = m.end;
  }
  return found;
}

