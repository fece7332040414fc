import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../server/contract/api.js';
import { MAX_ACTOR_GROUPS, labelEvent, mapTimelineItems } from '../../../../client/src/timeline/map-timeline-items.js';

function buildEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'a1:e1',
    type: 'talks',
    subtype: null,
    status: 'occurred',
    start: '2016-02-03',
    end: '2016-02-03',
    precision: 'day',
    place: 'Geneva',
    summary: 'Talks in Geneva are suspended',
    confidence: 0.9,
    articleId: 'a1',
    reportCount: 1,
    sourceCount: 1,
    participants: [
      { actor: 'un', name: 'United Nations', kind: 'organization', role: 'mediator' },
      { actor: 'syria', name: 'Syria', kind: 'state', role: 'participant' },
    ],
    ...overrides,
  };
}

describe('mapTimelineItems', () => {
  it('draws a day-precision event as a point', () => {
    const [item] = mapTimelineItems([buildEvent()], 'type', null).items;
    expect(item).toMatchObject({ type: 'point', start: '2016-02-03', group: 'talks', eventId: 'a1:e1' });
    expect(item?.end).toBeUndefined();
  });

  it('draws a month-precision event as a range ending after its last day', () => {
    const event = buildEvent({ precision: 'month', start: '2016-02-01', end: '2016-02-29' });
    expect(mapTimelineItems([event], 'type', null).items[0]).toMatchObject({ type: 'range', start: '2016-02-01', end: '2016-03-01' });
  });

  it('marks planned events and leaves out events of unknown date', () => {
    const { items } = mapTimelineItems(
      [buildEvent({ status: 'planned' }), buildEvent({ id: 'a1:e2', start: null, end: null, precision: 'unknown' })],
      'type',
      null,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.className).toContain('ev-planned');
  });

  it('puts one copy of an event in each participant row when grouped by actor', () => {
    const { items, groups } = mapTimelineItems([buildEvent()], 'actor', null);
    expect(items.map((item) => item.group).sort()).toEqual(['syria', 'un']);
    expect(new Set(items.map((item) => item.eventId))).toEqual(new Set(['a1:e1']));
    expect(groups.map((group) => group.content).sort()).toEqual(['Syria', 'United Nations']);
  });

  it('folds actors beyond the row limit into one row', () => {
    const events = Array.from({ length: MAX_ACTOR_GROUPS + 5 }, (_, i) =>
      buildEvent({ id: `a1:e${i}`, participants: [{ actor: `actor${i}`, name: `Actor ${i}`, kind: 'state', role: 'source' }] }),
    );
    const { groups } = mapTimelineItems(events, 'actor', null);
    expect(groups).toHaveLength(MAX_ACTOR_GROUPS + 1);
    expect(groups.at(-1)?.content).toBe('Other actors');
  });

  it("highlights the selected actor's events and dims the others", () => {
    const events = [buildEvent(), buildEvent({ id: 'a1:e2', participants: [{ actor: 'iran', name: 'Iran', kind: 'state', role: 'source' }] })];
    const classes = mapTimelineItems(events, 'type', 'syria').items.map((item) => item.className);
    expect(classes[0]).toContain('ev-highlight');
    expect(classes[1]).toContain('ev-dim');
  });

  it('orders type rows as the contract lists the types', () => {
    const events = [buildEvent({ type: 'ceasefire' }), buildEvent({ id: 'a1:e2', type: 'talks' })];
    expect(mapTimelineItems(events, 'type', null).groups.map((group) => group.id)).toEqual(['talks', 'ceasefire']);
  });
});

describe('labelEvent', () => {
  it('names the type and the first two participants, and counts the rest', () => {
    const event = buildEvent({
      participants: [
        { actor: 'un', name: 'United Nations', kind: 'organization', role: 'mediator' },
        { actor: 'syria', name: 'Syria', kind: 'state', role: 'participant' },
        { actor: 'russia', name: 'Russia', kind: 'state', role: 'participant' },
      ],
    });
    expect(labelEvent(event)).toBe('Talks · United Nations, Syria +1');
  });

  it("leaves out the lane's own actor when grouped by actor", () => {
    expect(labelEvent(buildEvent(), 'un')).toBe('Talks · Syria');
  });

  it('counts the reports of an event several articles report, and says how many sources in the tooltip', () => {
    const [item] = mapTimelineItems([buildEvent({ reportCount: 3, sourceCount: 2 })], 'type', null).items;
    expect(item?.content).toBe('Talks · United Nations, Syria ×3');
    expect(item?.title).toContain('3 reports from 2 sources');
  });

  it('adds no count to an event one article reports', () => {
    const [item] = mapTimelineItems([buildEvent()], 'type', null).items;
    expect(item?.content).not.toContain('×');
    expect(item?.title).toContain('1 report');
  });

  it('labels items short, keeping the whole summary for the tooltip', () => {
    const [item] = mapTimelineItems([buildEvent()], 'type', null).items;
    expect(item?.content).toBe('Talks · United Nations, Syria');
    expect(item?.title).toContain('Talks in Geneva are suspended');
  });

  it('says in the hover text how many reports and sources an event several articles report has', () => {
    const [once] = mapTimelineItems([buildEvent()], 'type', null).items;
    expect(once?.title).not.toContain('reports');
    const [item] = mapTimelineItems([buildEvent({ reportCount: 3, sourceCount: 2 })], 'type', null).items;
    expect(item?.title).toContain('3 reports from 2 sources');
  });

  it('returns the events of unknown date for the undated tray', () => {
    const undated = buildEvent({ id: 'a1:e2', start: null, end: null, precision: 'unknown' });
    expect(mapTimelineItems([buildEvent(), undated], 'type', null).undated.map((e) => e.id)).toEqual(['a1:e2']);
  });
});
