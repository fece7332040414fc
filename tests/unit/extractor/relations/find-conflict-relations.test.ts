import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../../../server/contract/extraction.js';
import type { Mention } from '../../../../server/extractor/document-model.js';
import type { MergedEvent } from '../../../../server/extractor/events/merge-events.js';
import { conflictRelations } from '../../../../server/extractor/relations/find-conflict-relations.js';

const text = 'Peru attacked Chilean positions on Monday. Bolivia said the offensive would fail.';

/** The mention of `surface` in the text, as the entity `id`. */
function mentionOf(surface: string, id: string, kind: ActorKind): Mention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, segment: 0, entity: { id, name: surface, kind }, alias: true };
}

/** An offensive stated by the first sentence, with Bolivia merged in from the second as one more attacker. */
function offensive(): MergedEvent {
  const second = text.indexOf('Bolivia');
  return {
    trigger: { start: 5, end: 13, text: 'attacked', segment: 0, type: 'offensive', subtype: null, form: 'verb' },
    status: 'occurred',
    date: { start: null, end: null, precision: 'unknown' },
    participants: [
      { id: 'peru', role: 'source', kind: 'state' },
      { id: 'bolivia', role: 'source', kind: 'state' },
      { id: 'chile', role: 'target', kind: 'state' },
    ],
    place: null,
    evidence: [{ start: 0, end: second - 1 }, { start: second, end: text.length }],
  };
}

describe('conflictRelations', () => {
  it('sets an attacker against the target named with it, not an attacker merged in from another sentence', () => {
    const mentions = [mentionOf('Peru', 'peru', 'state'), mentionOf('Chilean', 'chile', 'state'), mentionOf('Bolivia', 'bolivia', 'state')];
    const relations = conflictRelations(mentions, [offensive()], [], new Map()).map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(relations).toContain('peru OPPOSES chile');
    expect(relations).not.toContain('bolivia OPPOSES chile');
  });
});
