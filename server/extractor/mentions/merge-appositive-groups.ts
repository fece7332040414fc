/**
 * "Syria's main opposition bloc, the High Negotiations Committee": the generic group is that organisation.
 * "the rebels" in an article that names one armed group are that group.
 */
import type { EntityRef, Mention } from '../document-model.js';

const APPOSITION = /^\s*,\s*(?:the\s+)?$|^\s*\(\s*$/;

/** Generic group id → the organisation written in apposition to one of its mentions. */
function appositiveRenames(text: string, mentions: Mention[], groupCountries: Map<string, EntityRef>): Map<string, EntityRef> {
  const renames = new Map<string, EntityRef>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!groupCountries.has(m.entity.id) || !next || next.entity.kind !== 'organization' || groupCountries.has(next.entity.id)) return;
    if (APPOSITION.test(text.slice(m.end, next.start))) renames.set(m.entity.id, next.entity);
  });
  return renames;
}

/** Generic rebels → the one armed group the article names, when it names exactly one. */
function soleArmedGroupRenames(mentions: Mention[], groupCountries: Map<string, EntityRef>): Map<string, EntityRef> {
  const named = new Map(mentions.filter((m) => m.entity.kind === 'armed_group' && !groupCountries.has(m.entity.id)).map((m) => [m.entity.id, m.entity]));
  const sole = named.size === 1 ? [...named.values()][0] : undefined;
  const generic = [...new Set(mentions.filter((m) => m.entity.kind === 'armed_group' && groupCountries.has(m.entity.id)).map((m) => m.entity.id))];
  return new Map(sole ? generic.map((id) => [id, sole]) : []);
}

/** Group mentions renamed to the organisation they stand for; the group's country passes to it. */
export function mergeAppositiveGroups(text: string, mentions: Mention[], groupCountries: Map<string, EntityRef>): Mention[] {
  const renames = new Map([...soleArmedGroupRenames(mentions, groupCountries), ...appositiveRenames(text, mentions, groupCountries)]);
  for (const [groupId, org] of renames) {
    const country = groupCountries.get(groupId);
    if (country && !groupCountries.has(org.id)) groupCountries.set(org.id, country);
  }
  return mentions.map((m) => {
    const renamed = renames.get(m.entity.id);
    return renamed ? { ...m, entity: renamed } : m;
  });
}
