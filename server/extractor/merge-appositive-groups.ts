/** "Syria's main opposition bloc, the High Negotiations Committee": the generic group is that organisation. */
import type { EntityRef, Mention } from './document-model.js';

const APPOSITION = /^\s*,\s*(?:the\s+)?$|^\s*\(\s*$/;

/** Group mentions renamed to the organisation they stand in apposition to; the group's country passes to it. */
export function mergeAppositiveGroups(text: string, mentions: Mention[], groupCountries: Map<string, EntityRef>): Mention[] {
  const renames = new Map<string, EntityRef>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!groupCountries.has(m.entity.id) || !next || next.entity.kind !== 'organization' || groupCountries.has(next.entity.id)) return;
    if (APPOSITION.test(text.slice(m.end, next.start))) renames.set(m.entity.id, next.entity);
  });
  for (const [groupId, org] of renames) {
    const country = groupCountries.get(groupId);
    if (country) groupCountries.set(org.id, country);
  }
  return mentions.map((m) => {
    const renamed = renames.get(m.entity.id);
    return renamed ? { ...m, entity: renamed } : m;
  });
}
