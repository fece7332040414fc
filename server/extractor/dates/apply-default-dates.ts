/**
 * Stage 6b: an event the article reports as done but never dates happened between the day of the article's news and its
 * publication. That day is the one its lead names ("The council on Thursday launched an inquiry"), else the one its
 * statements were made ("the envoy told reporters on Friday"), within the week before publication.
 */
import type { EventDate } from '../../contract/extraction.js';
import type { Segment } from '../document-model.js';
import { isAhead } from '../events/detect-status.js';
import type { MergedEvent } from '../events/merge-events.js';
import type { Moods } from '../lexicons/load-lexicons.js';
import type { NlpDocument } from '../nlp/nlp-document.js';
import { headOf, sentenceAt, spanHead } from '../nlp/sentence-tree.js';
import { addDays } from './calendar.js';
import { findDateExpressions } from './resolve-dates.js';

/** How far before publication the day of the news may lie: a report comes out within the week of what it reports. */
const NEWS_WEEK_DAYS = 7;

/** The days of past acts a segment names within the week before publication, each with the word its date hangs from ("was expected to travel on Tuesday" names none). */
function recentDays(segment: Segment, published: string, nlp: NlpDocument, moods: Moods) {
  return findDateExpressions(segment.text, published, 'past').flatMap((f) => {
    const day = f.date.precision === 'day' ? f.date.start : null;
    if (day === null || day > published || day < addDays(published, -NEWS_WEEK_DAYS)) return [];
    const span = { start: segment.start + f.index, end: segment.start + f.end };
    const sentence = sentenceAt(nlp, span.start);
    const top = sentence && spanHead(sentence.tokens, span);
    const governor = sentence && top ? headOf(sentence, top) : undefined;
    return sentence && governor && isAhead(sentence, governor, moods) ? [] : [{ day, governor }];
  });
}

/** The day of the news the article leads with, else of its reported statements, else its publication day. */
export function findNewsDay(segments: Segment[], published: string, nlp: NlpDocument, lexicons: { moods: Moods; reporting: string[] }): string {
  const body = segments.filter((s) => s.kind === 'body');
  const lead = body[0] ? recentDays(body[0], published, nlp, lexicons.moods)[0] : undefined;
  if (lead) return lead.day;
  const told = body.flatMap((s) => recentDays(s, published, nlp, lexicons.moods)).find((d) => d.governor && lexicons.reporting.includes(d.governor.lemma.toLowerCase()));
  return told?.day ?? published;
}

/** The span from the day of the news to publication: when an undated event the article reports happened. */
export function newsSpan(newsDay: string, published: string): EventDate {
  return { start: newsDay, end: published, precision: 'day' };
}

/** Undated events the article reports as done or going on get the span of its news. */
export function applyDefaultDates(events: MergedEvent[], published: string, newsDay: string): MergedEvent[] {
  return events.map((e) => (e.date.start === null && e.status !== 'planned' ? { ...e, date: newsSpan(newsDay, published) } : e));
}
