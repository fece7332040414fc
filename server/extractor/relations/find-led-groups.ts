/** Stage 2d, continued: "the U.S.-led coalition", "the Saudi-led coalition": a coalition led by a state, with the state named inside it. */
import type { AliasEntry } from '../mentions/build-alias-table.js';
import type { EntityRef, Mention } from '../document-model.js';
import { toActorId } from '../mentions/to-actor-id.js';

/** Up to two qualifiers between "-led" and the noun: "the Kenyan-led multinational security force". */
const LED = /^[-‑]led\s+(?:(?:military|international|multinational|security|peacekeeping|naval|regional|Arab|Western|African)\s+){0,2}(coalition|alliance|bloc|forces?|mission)\b/;
const LED_PREFIX = /^(.+?)[-‑]led\s/;

function coalitionEntity(name: string, noun: string): EntityRef {
  return { id: toActorId(name), name, kind: noun === 'alliance' || noun === 'bloc' ? 'organization' : 'armed_group' };
}

/**
 * A state right before "-led coalition" names a coalition of its own (the state stays, as a bystander inside it);
 * a known coalition written "Saudi-led coalition" gets its leading state as a bystander mention, so the state is an actor and a member.
 */
export function findLedGroups(text: string, mentions: Mention[], bySurface: Map<string, AliasEntry>): Mention[] {
  // "the Kenyan-led multinational security force" and "the Kenyan-led force" are one force, named where first written.
  const coalitions = new Map<string, EntityRef>();
  return mentions.flatMap((m): Mention[] => {
    const led = m.entity.kind === 'state' ? LED.exec(text.slice(m.end, m.end + 80)) : null;
    if (led) {
      const end = m.end + led[0].length;
      const name = text.slice(m.start, end);
      const noun = (led[1] ?? '').replace(/s$/, '');
      const key = `${m.entity.id}|${noun}`;
      const entity = coalitions.get(key) ?? coalitionEntity(name, noun);
      coalitions.set(key, entity);
      return [{ ...m, bystander: true }, { start: m.start, end, text: name, segment: m.segment, entity, alias: true }];
    }
    const prefix = m.entity.kind === 'state' ? undefined : LED_PREFIX.exec(m.text)?.[1];
    const state = prefix ? bySurface.get(prefix)?.entity : undefined;
    if (!prefix || state?.kind !== 'state') return [m];
    return [m, { start: m.start, end: m.start + prefix.length, text: prefix, segment: m.segment, entity: state, alias: true, bystander: true }];
  });
}
