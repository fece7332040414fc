import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../../server/graph/aggregates/classify-stance.js';
import { diffTallies, tallyEvents, type EventFacts } from '../../../../server/graph/aggregates/tally-events.js';

const talks = (id: string, actors: string[], start = '2016-02-10', end = start): EventFacts =>
  ({ id, type: 'talks', subtype: null, cameo: null, quadClass: null, start, end, actors });

describe('tallyEvents', () => {
  it('counts each pair of distinct actors once per event, the lower id first', () => {
    const tally = tallyEvents([talks('e1', ['syria', 'russia', 'russia', 'iran'])]);
    expect([...tally.pairMonths.values()].map((row) => `${row.key.source}-${row.key.target}`).sort()).toEqual(['iran-russia', 'iran-syria', 'russia-syria']);
    expect([...tally.actorDays.values()]).toHaveLength(3);
  });

  it('keys an event spanning months by its first and last month, and counts it in one row only', () => {
    const tally = tallyEvents([talks('e1', ['iran', 'syria'], '2016-02-29', '2016-03-06')]);
    expect([...tally.pairMonths.values()]).toEqual([
      { key: { source: 'iran', target: 'syria', type: 'talks', first: '2016-02-01', last: '2016-03-01' }, count: 1, cooperation: 1, conflict: 0 },
    ]);
    expect([...tally.days.values()].map((row) => row.key)).toEqual([{ type: 'talks', start: '2016-02-29', end: '2016-03-06' }]);
  });

  it('keys the year rows by the year an event starts in alone', () => {
    const tally = tallyEvents([talks('e1', ['iran', 'syria'], '2015-12-30', '2016-01-02')]);
    expect([...tally.pairYears.values()]).toEqual([
      { key: { source: 'iran', target: 'syria', type: 'talks', year: '2015-01-01' }, count: 1, cooperation: 1, conflict: 0 },
    ]);
    expect([...tally.actorYears.values()].map((row) => row.key)).toEqual([
      { actor: 'iran', type: 'talks', year: '2015-01-01' },
      { actor: 'syria', type: 'talks', year: '2015-01-01' },
    ]);
  });

  it('leaves undated events out', () => {
    const tally = tallyEvents([talks('e1', ['iran', 'syria'], null as unknown as string)]);
    expect(Object.values(tally).reduce((rows, family) => rows + family.size, 0)).toBe(0);
  });
});

describe('diffTallies', () => {
  it('gives only the rows that change, by how much', () => {
    const before = tallyEvents([talks('e1', ['iran', 'syria']), talks('e2', ['iran', 'syria'])]);
    const after = tallyEvents([talks('e1', ['iran', 'syria']), talks('e2', ['iran', 'turkey'])]);
    const { pairMonths } = diffTallies(before, after);
    expect(pairMonths.map((row) => [row.key.target, row.count]).sort()).toEqual([['syria', -1], ['turkey', 1]]);
  });
});

describe('classifyStance', () => {
  it("takes GDELT's quad class first, then the CAMEO root, then the type and subtype", () => {
    expect(classifyStance({ type: 'sanctions', subtype: null, cameo: '085', quadClass: 2 })).toBe('cooperation');
    expect(classifyStance({ type: 'sanctions', subtype: null, cameo: '085', quadClass: null })).toBe('cooperation');
    expect(classifyStance({ type: 'sanctions', subtype: null, cameo: null, quadClass: null })).toBe('conflict');
    expect(classifyStance({ type: 'statement', subtype: 'appeal', cameo: null, quadClass: null })).toBe('cooperation');
    expect(classifyStance({ type: 'statement', subtype: 'threat', cameo: null, quadClass: null })).toBe('conflict');
    expect(classifyStance({ type: 'resolution', subtype: null, cameo: null, quadClass: null })).toBeNull();
  });
});
