/** Stage 7, continued: who fights whom, and who fights beside whom, from opposition groups and attacks. */
import type { CandidateRelation, EntityRef, Mention, Segment } from '../document-model.js';
import type { MergedEvent } from '../events/merge-events.js';

/** "government forces and Hezbollah fighters": a state named by its forces. */
const STATE_FORCES = /\b(government|regime|forces|troops|army|military)\b/i;

/** Opposition and rebel groups oppose the government of their country; it fights the armed ones back. */
function groupRelations(mentions: Mention[], segments: Segment[], groupCountries: Map<string, EntityRef>): CandidateRelation[] {
  const actors = new Set(mentions.filter((m) => !m.setting).map((m) => m.entity.id));
  return [...groupCountries.entries()].flatMap(([group, state]) => {
    const first = mentions.find((m) => m.entity.id === group);
    const segment = first ? segments[first.segment] : undefined;
    if (!first || !segment || !actors.has(state.id)) return [];
    const evidence = { start: segment.start, end: segment.end };
    return first.entity.kind === 'armed_group' ? mutual(group, state.id, evidence) : [{ source: group, type: 'OPPOSES' as const, target: state.id, evidence }];
  });
}

/** Each side against the other. */
function mutual(a: string, b: string, evidence: { start: number; end: number }): CandidateRelation[] {
  return [
    { source: a, type: 'OPPOSES', target: b, evidence },
    { source: b, type: 'OPPOSES', target: a, evidence },
  ];
}

/** The widest gap between two names listed together: ", ", " and ", " & ". */
const LIST_GAP = 5;

/** Whether a state's forces and a group are named side by side ("government forces and Hezbollah fighters"). */
function listedAsForces(mentions: Mention[], state: string, group: string): boolean {
  const forces = mentions.filter((m) => m.entity.id === state && STATE_FORCES.test(m.text));
  const fighters = mentions.filter((m) => m.entity.id === group);
  const gap = (f: Mention, g: Mention) => (g.start >= f.end ? g.start - f.end : f.start - g.end);
  return forces.some((f) => fighters.some((g) => gap(f, g) >= 0 && gap(f, g) <= LIST_GAP));
}

/**
 * Attackers oppose their targets; an armed group attacking listed with a state's forces backs that state. Only sides named together in
 * one span of the event's evidence count: a side merged in from another mention of the event may belong to another act.
 */
function attackRelations(mentions: Mention[], events: MergedEvent[]): CandidateRelation[] {
  const isActor = (id: string) => mentions.some((m) => m.entity.id === id && m.entity.kind !== 'person');
  return events
    .filter((e) => e.trigger.type === 'offensive')
    .flatMap((e) => {
      const evidence = e.evidence[0]!;
      const namedIn = (id: string, span: { start: number; end: number }) => mentions.some((m) => m.entity.id === id && m.start >= span.start && m.end <= span.end);
      const together = (a: string, b: string) => e.evidence.some((span) => namedIn(a, span) && namedIn(b, span));
      // A body such as the UN authorises or condemns force; states and armed groups wield it.
      const sources = e.participants.filter((p) => p.role === 'source' && p.kind !== 'organization' && isActor(p.id));
      const targets = e.participants.filter((p) => p.role === 'target' && isActor(p.id));
      const opposes = sources.flatMap((s) => targets.filter((t) => together(s.id, t.id)).map((t) => ({ source: s.id, type: 'OPPOSES' as const, target: t.id, evidence })));
      const states = sources.filter((s) => s.kind === 'state');
      const backers = sources.filter((s) => s.kind === 'armed_group');
      const backing = backers.flatMap((b) => states.filter((s) => listedAsForces(mentions, s.id, b.id)).map((s) => ({ source: b.id, type: 'BACKS' as const, target: s.id, evidence })));
      return [...opposes, ...backing];
    });
}

/** Conflict relations: OPPOSES between enemies, BACKS for fighters at a state's side. */
export function conflictRelations(mentions: Mention[], events: MergedEvent[], segments: Segment[], groupCountries: Map<string, EntityRef>): CandidateRelation[] {
  return [...groupRelations(mentions, segments, groupCountries), ...attackRelations(mentions, events)];
}
