/** Builds identity reports for tests: talks between Russia and the United States in Geneva on 1 February 2016, unless told otherwise. */
import type { IdentityReport } from '../../server/identity/identity-report.js';

export function buildIdentityReport(articleId: string, localId: string, overrides: Partial<IdentityReport> = {}): IdentityReport {
  return {
    key: `${articleId}:${localId}`,
    articleId,
    localId,
    type: 'talks',
    subtype: null,
    cameo: null,
    status: 'occurred',
    start: '2016-02-01',
    end: '2016-02-01',
    precision: 'day',
    place: 'Geneva',
    placeCountry: 'CH',
    placeIsCountry: false,
    participants: [
      { actor: 'russia', role: 'participant' },
      { actor: 'united_states', role: 'participant' },
    ],
    summary: 'Russia and the United States held talks',
    confidence: 0.8,
    ...overrides,
  };
}
