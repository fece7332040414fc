/** The "same real-world event" rule between two reports: a score in (0, 1], or null when they are two events. */
import { allowedGapDays, scoreDates } from './compare-report-dates.js';
import { scoreParticipants } from './compare-participants.js';
import { scorePlaces } from './compare-places.js';
import type { IdentityReport } from './identity-report.js';
import { IDENTITY_RULE, type IdentityRule } from './identity-rule.js';
import { toTypeFamily } from './type-family.js';

/**
 * Null when the reports cannot be one event: from one article (its extractor already merged its
 * mentions), of different type families, dated apart, with no shared participant or one in
 * conflicting roles, at different places. Status is not compared: a planned event and the same
 * event when it happens are one. Otherwise the weighted agreement of dates, participants, place
 * and exact type, kept only from `minScore` up.
 */
export function scoreReportPair(a: IdentityReport, b: IdentityReport, rule: IdentityRule = IDENTITY_RULE): number | null {
  if (a.articleId === b.articleId) return null;
  const family = toTypeFamily(a.type, a.subtype, rule);
  if (family !== toTypeFamily(b.type, b.subtype, rule)) return null;
  const date = scoreDates(a, b, allowedGapDays(family, rule), rule);
  if (date === null) return null;
  const participants = scoreParticipants(a.participants, b.participants, rule);
  if (participants === null) return null;
  const place = scorePlaces(a, b);
  if (place === null) return null;
  const { weights } = rule;
  const type = a.type === b.type ? 1 : 0.5;
  const score = weights.date * date + weights.participants * participants + weights.place * place + weights.type * type;
  return score >= rule.minScore ? score : null;
}
