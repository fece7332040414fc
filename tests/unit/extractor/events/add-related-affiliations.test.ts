import { describe, expect, it } from 'vitest';
import type { CandidateRelation, Trigger } from '../../../../server/extractor/document-model.js';
import { addRelatedAffiliations } from '../../../../server/extractor/events/add-related-affiliations.js';
import type { MergedEvent } from '../../../../server/extractor/events/merge-events.js';

const trigger: Trigger = { start: 0, end: 3, text: 'met', segment: 0, type: 'meeting', subtype: null, form: 'verb' };
const event = (participants: MergedEvent['participants']): MergedEvent => ({ trigger, status: 'occurred', date: { start: null, end: null, precision: 'unknown' }, participants, place: null, evidence: [{ start: 0, end: 3 }] });
const relation = (source: string, type: CandidateRelation['type'], target: string): CandidateRelation => ({ source, type, target, evidence: { start: 0, end: 3 } });

describe('addRelatedAffiliations', () => {
  it('adds the state a person leads by the relations, in the person\'s role, after the person', () => {
    const [met] = addRelatedAffiliations([event([{ id: 'ali_omar', role: 'participant', kind: 'person' }, { id: 'chad', role: 'participant', kind: 'state' }])], [relation('ali_omar', 'LEADS', 'kenya')], new Map([['kenya', 'state']]));
    expect(met?.participants.map((p) => `${p.id}:${p.role}:${p.kind}`)).toEqual(['ali_omar:participant:person', 'kenya:participant:state', 'chad:participant:state']);
  });

  it('leaves out ties other than leading or representing, and actors already taking part', () => {
    const events = [event([{ id: 'ali_omar', role: 'source', kind: 'person' }, { id: 'kenya', role: 'target', kind: 'state' }])];
    const [met] = addRelatedAffiliations(events, [relation('ali_omar', 'REPRESENTS', 'kenya'), relation('ali_omar', 'BACKS', 'chad')], new Map());
    expect(met?.participants.map((p) => p.id)).toEqual(['ali_omar', 'kenya']);
  });

  it('leaves an organisation out of a meeting its representative holds, but adds it to what the representative says', () => {
    const said = { ...event([{ id: 'ali_omar', role: 'source', kind: 'person' }]), trigger: { ...trigger, text: 'said', type: 'statement' as const } };
    const [met, spoke] = addRelatedAffiliations([event([{ id: 'ali_omar', role: 'participant', kind: 'person' }]), said], [relation('ali_omar', 'REPRESENTS', 'au')], new Map([['au', 'organization']]));
    expect(met?.participants.map((p) => p.id)).toEqual(['ali_omar']);
    expect(spoke?.participants.map((p) => p.id)).toEqual(['ali_omar', 'au']);
  });

  it('puts the body a person leads in the person\'s place as the one carrying out a military operation, keeping persons it strikes', () => {
    const strike = { ...event([{ id: 'ali_omar', role: 'source', kind: 'person' }, { id: 'sara_lind', role: 'target', kind: 'person' }]), trigger: { ...trigger, text: 'strikes', type: 'offensive' as const } };
    const [struck] = addRelatedAffiliations([strike], [relation('ali_omar', 'LEADS', 'kenya')], new Map([['kenya', 'state']]));
    expect(struck?.participants.map((p) => `${p.id}:${p.role}`)).toEqual(['kenya:source', 'sara_lind:target']);
  });
});
