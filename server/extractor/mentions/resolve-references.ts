/** Stage 2e: pronouns, "the US official", "the coalition" and "Assad's government" point back at actors already named. */
import type { EntityRef, Mention, Segment, TitleTie } from '../document-model.js';

const PRONOUN = /(?:^["“]?|[,;]\s*["”]?\s*|\b(?:and|but)\s+)(he|she)\b(?=\s+(?:(?:also|later|then|again|further|repeatedly)\s+)?(?:said|says|added|told|stated|warned|noted|insisted|met|urged|called|accused|blamed|welcomed|announced|demanded|condemned|criticised|criticized|rejected|praised|threatened|appealed|pressed|had|has|was|is|will|would)\b)/gi;
const ROLE_NOUN = /\b[Tt]he\s+((?:[A-Z][\w.]*\s+){0,3})(official|envoy|special envoy|ambassador|Secretary of State|Foreign Minister|foreign minister|Secretary-General|minister|spokesman|diplomat)\b(?!\s+[A-Z])/g;
const LEADER_GOVERNMENT = /^(?:['’]s)?\s+(?:government|regime|forces|troops|administration|air force|loyalists|army)\b/;

/**
 * "the coalition", "the council", "the security council": a body named by its head noun alone, or in lower case with the
 * word before it, is the last one named with those words.
 */
const BODY_NOUN = /\b[Tt]he\s+((?:[a-z]+\s+)?(?:coalition|alliance|bloc|movement|militia|council|assembly|parliament|congress|front))\b(?!\s+(?:of|for)\s+(?![a-z]+ing\b)|[-‑])/g;

const SPEAKING = /^\s+(?:said|says|added|told|stated|warned|noted|insisted)\b/;

function lastPersonBefore(mentions: Mention[], offset: number, accept: (m: Mention) => boolean = () => true): Mention | undefined {
  return mentions.filter((m) => m.entity.kind === 'person' && m.end <= offset && accept(m)).at(-1);
}

/** A pronoun before a speech verb is the last speaker, not merely the last person named. */
function lastSpeakerBefore(text: string, mentions: Mention[], offset: number): Mention | undefined {
  const speaker = lastPersonBefore(mentions, offset, (m) => SPEAKING.test(text.slice(m.end, m.end + 20)) || /\b(said|told)\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start)));
  return speaker ?? lastPersonBefore(mentions, offset);
}

function resolvePronouns(text: string, segment: Segment, mentions: Mention[]): Mention[] {
  return [...segment.text.matchAll(PRONOUN)].flatMap((m) => {
    const start = segment.start + (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    const antecedent = lastSpeakerBefore(text, mentions, start);
    return antecedent ? [{ start, end: start + (m[1] ?? '').length, text: m[1] ?? '', segment: segment.index, entity: antecedent.entity, alias: false }] : [];
  });
}

function resolveRoleNouns(segment: Segment, mentions: Mention[], ties: Map<string, TitleTie>): Mention[] {
  return [...segment.text.matchAll(ROLE_NOUN)].flatMap((m) => {
    const start = segment.start + (m.index ?? 0);
    const role = (m[2] ?? '').toLowerCase();
    const fits = (p: Mention) => {
      const tie = ties.get(p.entity.id);
      return role === 'official' ? tie !== undefined : (tie?.title.toLowerCase().includes(role) ?? false);
    };
    const antecedent = lastPersonBefore(mentions, start, fits);
    return antecedent ? [{ start, end: start + m[0].length, text: m[0], segment: segment.index, entity: antecedent.entity, alias: true }] : [];
  });
}

/** "Assad's government" names the state the person leads; a leader of no stated state leads the article's country. */
function resolveLeaderGovernments(text: string, mentions: Mention[], ties: Map<string, TitleTie>, home: EntityRef | null): Mention[] {
  return mentions.flatMap((m) => {
    const tie = ties.get(m.entity.id);
    const tail = LEADER_GOVERNMENT.exec(text.slice(m.end, m.end + 40));
    if (tie?.relation === 'LEADS' && !tie.affiliation && tail && home) ties.set(m.entity.id, { ...tie, affiliation: home });
    const state: EntityRef | null = tie?.relation === 'LEADS' ? (ties.get(m.entity.id)?.affiliation ?? null) : null;
    if (!state || !tail) return [m];
    const end = m.end + tail[0].length;
    return [{ ...m, bystander: true }, { ...m, end, text: text.slice(m.start, end), entity: state, tie: undefined }];
  });
}

/** "the assembly's last session before the recess": a deliberative body's own sessions are not acts towards others. */
const SESSION_BODY = /^(council|assembly|parliament|congress)$/;

function resolveBodyNouns(segment: Segment, mentions: Mention[]): Mention[] {
  return [...segment.text.matchAll(BODY_NOUN)].flatMap((m) => {
    const noun = m[1] ?? '';
    if (SESSION_BODY.test(noun.split(' ').at(-1) ?? '') && /^['’]s\b/.test(segment.text.slice((m.index ?? 0) + m[0].length))) return [];
    const start = segment.start + (m.index ?? 0) + m[0].length - noun.length;
    const named = (x: Mention) => x.end <= start && x.entity.kind !== 'person' && !x.bystander && new RegExp(`\\b${noun.replace(' ', '\\s+')}$`, 'i').test(x.text);
    const antecedent = mentions.filter(named).at(-1);
    return antecedent ? [{ start, end: start + noun.length, text: noun, segment: segment.index, entity: antecedent.entity, alias: true }] : [];
  });
}

/** Person mentions with leader-government forms turned into the state, plus resolved pronouns and role nouns. */
export function resolveReferences(text: string, segments: Segment[], mentions: Mention[], ties: Map<string, TitleTie>, home: EntityRef | null): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const added = segments.flatMap((s) => [...resolvePronouns(text, s, sorted), ...resolveRoleNouns(s, sorted, ties), ...resolveBodyNouns(s, sorted)]);
  const kept = sorted.filter((m) => !added.some((a) => a.start < m.end && m.start < a.end));
  const withLeaders = resolveLeaderGovernments(text, [...kept, ...added].sort((a, b) => a.start - b.start), ties, home);
  return markTitleAffiliations(withLeaders, ties, text);
}

/** Between a state and the titled person it qualifies: a title ("Peruvian Foreign Minister Ana Ruiz") or an apposition ("Ruiz, Peru's foreign minister"). */
const QUALIFIER_BEFORE = /^(?:['’]s)?\s+(?:[\w.-]+\s+){0,5}$/;
const QUALIFIER_AFTER = /^\s*,\s+(?:the\s+)?$|^\s*\(\s*$/;

/** "Peruvian" in "Peruvian Foreign Minister Ana Ruiz" only qualifies the person; it is not a separate participant. */
function markTitleAffiliations(mentions: Mention[], ties: Map<string, TitleTie>, text: string): Mention[] {
  const persons = mentions.filter((m) => m.entity.kind === 'person' && m.tie?.affiliation);
  return mentions.map((m) => {
    const qualifies = persons.some(
      (p) =>
        p.segment === m.segment &&
        p.tie?.affiliation?.id === m.entity.id &&
        ((p.start >= m.end && QUALIFIER_BEFORE.test(text.slice(m.end, p.start))) || (m.start >= p.end && QUALIFIER_AFTER.test(text.slice(p.end, m.start)))),
    );
    return qualifies && m.entity.kind !== 'person' && ties.size > 0 ? { ...m, bystander: true } : m;
  });
}
