import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../support/extract-recorded.js';
import { readArticle } from '../../../server/extractor/read-article.js';

const SEED_PATH = 'seeds/000_6ff62da4ed2f94fb.txt';

describe('the seed article, read and extracted end to end', () => {
  const doc = extractRecorded(readArticle(readFileSync(SEED_PATH, 'utf8'), { fileName: SEED_PATH }));
  const actorsOf = (e: (typeof doc.events)[number]) => e.participants.map((p) => p.actor);

  it('plans the Munich meeting next week with the United States, Russia and Iran', () => {
    const meeting = doc.events.find((e) => e.type === 'meeting' && e.place === 'Munich');
    expect(meeting).toMatchObject({ status: 'planned', date: { start: '2016-02-08', end: '2016-02-14', precision: 'week' } });
    expect(actorsOf(meeting!)).toEqual(expect.arrayContaining(['united_states', 'russia', 'iran']));
  });

  it('dates the Geneva talks standstill earlier this week', () => {
    const talks = doc.events.find((e) => e.type === 'talks' && e.place === 'Geneva');
    expect(talks).toMatchObject({ status: 'occurred', date: { start: '2016-02-01', end: '2016-02-05', precision: 'week' } });
  });

  it('finds the Russian-backed offensive around Aleppo, and Russia backing the Syrian government', () => {
    const offensive = doc.events.find((e) => e.type === 'offensive' && e.place === 'Aleppo');
    expect(offensive).toMatchObject({ date: { start: '2016-01-25', end: '2016-01-31', precision: 'week' } });
    expect(actorsOf(offensive!)).toEqual(expect.arrayContaining(['syrian_government', 'russia']));
    expect(doc.relations).toContainEqual(expect.objectContaining({ source: 'russia', type: 'BACKS', target: 'syrian_government' }));
  });

  it("dates Kerry's appeal to Russia on Friday 2016-02-05", () => {
    const appeal = doc.events.find((e) => e.subtype === 'appeal');
    expect(appeal?.participants).toEqual(expect.arrayContaining([{ actor: 'john_kerry', role: 'source' }, { actor: 'russia', role: 'target' }]));
    expect(appeal?.date).toEqual({ start: '2016-02-05', end: '2016-02-05', precision: 'day' });
  });

  it('knows Kerry represents the United States and Assad leads the Syrian government', () => {
    const relations = doc.relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(relations).toEqual(expect.arrayContaining(['john_kerry REPRESENTS united_states', 'bashar_al_assad LEADS syrian_government']));
  });
});
