/** Stage 2: every actor mention of the article: states, organisations, groups, persons, references. */
import { countries } from '../../gazetteer/countries.js';
import { buildAliasTable, buildDemonymIndex, type AliasEntry } from './build-alias-table.js';
import { collectPersonMentions } from './collect-persons.js';
import { completeLeaderTies } from '../relations/complete-leader-ties.js';
import { completeMinisterTies } from '../relations/complete-minister-ties.js';
import type { EntityRef, Mention, Segment, TitleTie } from '../document-model.js';
import { findBodyMentions } from './find-body-mentions.js';
import { compileAliasPattern, findEntityMentions } from './find-entity-mentions.js';
import { findOrganAcronyms } from './find-organ-acronyms.js';
import { findGroupMentions, findHomeGovernmentMentions, type DemonymIndex } from './find-group-mentions.js';
import { findLedGroups } from '../relations/find-led-groups.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import { mergeAppositiveGroups } from './merge-appositive-groups.js';
import { findRegionalForces } from './find-regional-forces.js';
import type { NlpDocument } from '../nlp/nlp-document.js';
import { resolveReferences } from './resolve-references.js';
import { resolveBoundPronouns } from './resolve-bound-pronouns.js';
import { resolveNamedAllies } from './resolve-named-allies.js';
import { resolveStateTitles } from './resolve-state-titles.js';
import { resolveUnnamedRepresentatives } from './resolve-unnamed-representatives.js';

export interface MentionsResult {
  mentions: Mention[];
  ties: Map<string, TitleTie>;
  /** Opposition or rebel group id → the state it stands against. */
  groupCountries: Map<string, EntityRef>;
}

const aliasTable = buildAliasTable(lexicons);
const aliasPattern = compileAliasPattern(aliasTable);
const bySurface = new Map<string, AliasEntry>(aliasTable.map((e) => [e.surface, e]));
const isKnownName = (name: string): boolean => bySurface.has(name);
/** A capital or seat of government ("Doha", "the Kremlin" is an alias, "Washington" a capital). */
const isSeat = (surface: string): boolean => bySurface.get(surface)?.place ?? false;
const stateOfTitle = (title: string): EntityRef | null => {
  const code = Object.entries(lexicons.titles.STATE_OF_TITLE).find(([t]) => t.toLowerCase() === title.toLowerCase())?.[1];
  const country = countries.find((c) => c.code === code);
  return (country && bySurface.get(country.commonName)?.entity) ?? null;
};
const demonyms: DemonymIndex = buildDemonymIndex(lexicons);

/** The states the article is about, best first: the one its headline names or most often written as a location ("in Syria"), else the most mentioned. */
function rankHomeStates(segments: Segment[], mentions: Mention[]): Array<{ state: EntityRef; demonym: string }> {
  const score = new Map<string, number>();
  for (const m of mentions.filter((x) => x.entity.kind === 'state')) {
    const segment = segments[m.segment];
    const before = segment ? segment.text.slice(0, m.start - segment.start) : '';
    // The headline names what the article is about, more surely than one "in X".
    const weight = segment?.kind === 'headline' ? 4 : /\bin\s+$/.test(before) ? 3 : 1;
    score.set(m.entity.id, (score.get(m.entity.id) ?? 0) + weight);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return ranked.flatMap((id) => [...demonyms.values()].find((d) => d.state.id === id) ?? []);
}

/** The state whose government the article names as such most often ("the Syrian regime", "Yemen's government"): "the regime" is that one. */
function findGovernedState(mentions: Mention[]): EntityRef | null {
  const count = new Map<string, { state: EntityRef; n: number }>();
  for (const m of mentions.filter((x) => x.entity.kind === 'state' && /\b(regime|government|administration)$/i.test(x.text))) {
    const entry = count.get(m.entity.id) ?? { state: m.entity, n: 0 };
    count.set(m.entity.id, { ...entry, n: entry.n + 1 });
  }
  return [...count.values()].sort((a, b) => b.n - a.n)[0]?.state ?? null;
}

/** "the Lebanese Hezbollah movement": a demonym right before a group's name only says where the group is from. */
function markQualifyingDemonyms(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    const qualifies = bySurface.get(m.text)?.demonym && next && next.entity.kind !== 'state' && next.entity.kind !== 'person' && /^\s+$/.test(text.slice(m.end, next.start));
    return qualifies ? { ...m, bystander: true, setting: true } : m;
  });
}

/** Longer mentions win over the shorter ones they contain; among equals, the earlier stage wins. */
function removeOverlaps(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const ranked = mentions.map((m, order) => ({ m, order })).sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  for (const { m } of ranked) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** All actor mentions in the usable (non-noise) sentences, the title ties of persons, and who each group opposes. */
export function findMentions(text: string, segments: Segment[], nlp: NlpDocument): MentionsResult {
  const usable = segments.filter((s) => s.kind !== 'noise');
  const entities = usable.flatMap((s) => findEntityMentions(s, aliasPattern, bySurface, nlp));
  const homes = rankHomeStates(segments, entities);
  const home = homes[0];
  const groups = findGroupMentions(usable, demonyms, homes, isKnownName);
  const namedGovernment = findGovernedState(entities);
  const governed = namedGovernment ?? home?.state ?? null;
  const governments = findHomeGovernmentMentions(usable, governed);
  const bodies = findBodyMentions(usable, entities, isKnownName, nlp);
  const organAcronyms = findOrganAcronyms(usable, entities, isKnownName);
  // "al-Shabaab militants", "ABC rebels" are the group the lexicon or the article names, not a new one named after it.
  const unknownGroups = groups.mentions.filter((g) => ![...entities, ...bodies].some((e) => e.entity.kind !== 'state' && e.start < g.end && g.start < e.end));
  const named = markQualifyingDemonyms(text, removeOverlaps([...entities, ...bodies, ...organAcronyms, ...unknownGroups, ...governments]));
  const { mentions: persons, ties } = collectPersonMentions(usable, named, lexicons.titles, isKnownName, nlp);
  completeLeaderTies(ties, { governed: namedGovernment, home: home?.state ?? null });
  completeMinisterTies(ties, { persons, named, text, isSeat, stateOfTitle });
  const merged = findLedGroups(text, mergeAppositiveGroups(text, removeOverlaps([...named, ...persons]), groups.countries), bySurface);
  const resolved = resolveReferences(text, usable, merged, ties, governed);
  const bound = resolveBoundPronouns(nlp, usable, resolved);
  const unnamed = resolveUnnamedRepresentatives(nlp, usable, resolved);
  const allies = resolveNamedAllies(nlp, usable, resolved);
  const titled = resolveStateTitles(nlp, usable, resolved, ties);
  const forces = findRegionalForces(usable, resolved, isKnownName);
  return { mentions: [...resolved, ...bound, ...unnamed, ...allies, ...titled, ...forces].sort((a, b) => a.start - b.start), ties, groupCountries: groups.countries };
}
