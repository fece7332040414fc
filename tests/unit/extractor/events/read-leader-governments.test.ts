import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

const extract = (text: string) => extractRecorded(buildArticle(text));
const actorsOf = (text: string, type: string) => extractRecorded(buildArticle(text)).events.find((e) => e.type === type)?.participants.map((p) => p.actor);

describe('readLeaderGovernments', () => {
  it('takes "the government of President X" as the state X leads, not X in person', () => {
    expect(actorsOf('The government of Kenyan President Ali Omar and the rebels have been negotiating a peace deal in Lima for two years.', 'talks')).not.toContain('ali_omar');
    expect(actorsOf('Peru signed a trade deal with the government of Chilean President Juan Perez on Monday.', 'agreement')).toEqual(['peru', 'chile']);
  });

  it('takes "President X\'s government" as the state X leads', () => {
    expect(actorsOf("Peru signed a trade deal with Chilean President Juan Perez's government on Monday.", 'agreement')).toEqual(['peru', 'chile']);
  });

  it('keeps a leader named before "whose government", who acts in person', () => {
    const { events } = extract('Peru and Chile signed a deal after shuttle diplomacy by Kenyan President Ali Omar, whose government brokered the deal.');
    expect(events.find((e) => e.type === 'agreement')?.participants.map((p) => p.actor)).toContain('ali_omar');
  });
});
