import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

const statements = (text: string) => extractRecorded(buildArticle(text)).events.filter((e) => e.type === 'statement');

describe('findReportedJudgements', () => {
  it('reads reported words that judge an act as a statement of the one who reports them, addressed to those who did it', () => {
    const found = statements("Senegal said Mali's shelling of the border town was unacceptable. \"Reports that the convoy crossed into Gabon are false,\" Cameroon said on Friday.");
    expect(found.map((e) => [e.subtype, ...e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([
      ['accusation', 'senegal:source', 'mali:target'],
      ['rejection', 'cameroon:source'],
    ]);
  });

  it('reads taking an act as a provocation as an accusation, and no praise or description as a statement', () => {
    const found = statements('The march by the rebels, which Angola saw as a provocation, ended on Monday.');
    expect(found.map((e) => [e.subtype, e.participants.find((p) => p.role === 'source')?.actor])).toEqual([['accusation', 'angola']]);
    expect(statements('Kenya said the talks with Somalia were productive. Kenya saw the meeting as a first step.')).toEqual([]);
  });
});
