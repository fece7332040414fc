import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../../../server/contract/extraction.js';
import type { Mention } from '../../../../server/extractor/document-model.js';
import type { MergedEvent } from '../../../../server/extractor/events/merge-events.js';
import { conflictRelations } from '../../../../server/extractor/relations/find-conflict-relations.js';

const text = 'Peru attacked Chilean positions on Monday. Bolivia said the offensive would fail.';
const listed = 'Peruvian forces and Sahel Front fighters shelled the port, the UN said; Azawad fighters joined.';

/** The mention of `surface` in `within`, as the entity `id`. */
function mentionOf(surface: string, id: string, kind: ActorKind, within = text): Mention {
  const start = within.indexOf(surface);
  return { start, end: start + surface.length, text: surface, segment: 0, entity: { id, name: surface, kind }, alias: true };
}

/** An offensive with the given sides, stated by the given spans. */
function attack(participants: MergedEvent['participants'], evidence: MergedEvent['evidence']): MergedEvent {
  return {
    trigger: { start: 5, end: 13, text: 'attacked', segment: 0, type: 'offensive', subtype: null, form: 'verb' },
    status: 'occurred',
    date: { start: null, end: null, precision: 'unknown' },
    participants,
    place: null,
    evidence,
  };
}

/** An offensive stated by the first sentence, with Bolivia merged in from the second as one more attacker. */
function offensive(): MergedEvent {
  const second = text.indexOf('Bolivia');
  return attack(
    [
      { id: 'peru', role: 'source', kind: 'state' },
      { id: 'bolivia', role: 'source', kind: 'state' },
      { id: 'chile', role: 'target', kind: 'state' },
    ],
    [{ start: 0, end: second - 1 }, { start: second, end: text.length }],
  );
}

describe('conflictRelations', () => {
  it('sets an attacker against the target named with it, not an attacker merged in from another sentence', () => {
    const mentions = [mentionOf('Peru', 'peru', 'state'), mentionOf('Chilean', 'chile', 'state'), mentionOf('Bolivia', 'bolivia', 'state')];
    const relations = conflictRelations(mentions, [offensive()], [], new Map()).map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(relations).toContain('peru OPPOSES chile');
    expect(relations).not.toContain('bolivia OPPOSES chile');
  });

  it('makes an armed group listed with a state\'s forces back that state, but not a group named apart', () => {
    const mentions = [
      mentionOf('Peruvian forces', 'peru', 'state', listed),
      mentionOf('Sahel Front', 'sahel_front', 'armed_group', listed),
      mentionOf('UN', 'un', 'organization', listed),
      mentionOf('Azawad', 'azawad', 'armed_group', listed),
    ];
    const sides = (['peru', 'sahel_front', 'azawad'] as const).map((id) => ({ id, role: 'source' as const, kind: id === 'peru' ? ('state' as const) : ('armed_group' as const) }));
    const event = attack([...sides, { id: 'un', role: 'source', kind: 'organization' }], [{ start: 0, end: listed.length }]);
    const relations = conflictRelations(mentions, [event], [], new Map()).map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(relations).toContain('sahel_front BACKS peru');
    expect(relations).not.toContain('azawad BACKS peru');
  });

  it('takes no body such as the UN for an attacker', () => {
    const mentions = [mentionOf('UN', 'un', 'organization', listed), mentionOf('Sahel Front', 'sahel_front', 'armed_group', listed)];
    const event = attack([{ id: 'un', role: 'source', kind: 'organization' }, { id: 'sahel_front', role: 'target', kind: 'armed_group' }], [{ start: 0, end: listed.length }]);
    expect(conflictRelations(mentions, [event], [], new Map())).toEqual([]);
  });
});
