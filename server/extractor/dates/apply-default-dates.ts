/**
 * Stage 6b: an event the article reports as done but never dates happened between the day of the article's news and its
 * publication. That day is the one its lead names ("The council on Thursday launched an inquiry"), else the one its
 * statements were made ("the envoy told reporters on Friday"), within the week before publication.
 */
import type { EventDate, EventType } from '../../contract/extraction.js';
import type { Segment } from '../document-model.js';
import { isAhead } from '../events/detect-status.js';
import type { MergedEvent } from '../events/merge-events.js';
import type { Moods } from '../lexicons/load-lexicons.js';
import type { NlpDocument } from '../nlp/nlp-document.js';
import { headOf, sentenceAt, spanHead } from '../nlp/sentence-tree.js';
import { tokensWithin } from '../nlp/tokens-within.js';
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

/** When the article's news happened: `day` starts it; `statements` is the day its statements were made, when it says so. */
export interface NewsDays {
  day: string;
  statements: string | null;
}

/** The day of the news the article leads with, else of its reported statements, else its publication day. */
export function findNewsDay(segments: Segment[], published: string, nlp: NlpDocument, lexicons: { moods: Moods; reporting: string[] }): NewsDays {
  const body = segments.filter((s) => s.kind === 'body');
  const told = body.flatMap((s) => recentDays(s, published, nlp, lexicons.moods)).find((d) => d.governor && lexicons.reporting.includes(d.governor.lemma.toLowerCase()));
  // The lead is the first sentence that says something of someone: a byline ("By our Moscow correspondent") or a stray dateline has no subject.
  const first = body.find((s) => tokensWithin(nlp, s).some((t) => /^nsubj/.test(t.rel)));
  const lead = first ? recentDays(first, published, nlp, lexicons.moods)[0] : undefined;
  return { day: lead?.day ?? told?.day ?? published, statements: told?.day ?? null };
}

/**
 * When an undated event the article reports happened: from the day of the news to publication; a statement
 * on the day the article says its statements were made ("has urged …", "… told reporters on Friday").
 */
export function newsDate(type: EventType, news: NewsDays, published: string): EventDate {
  if (type === 'statement' && news.statements !== null) return { start: news.statements, end: news.statements, precision: 'day' };
  return { start: news.day, end: published, precision: 'day' };
}

/** Undated events the article reports as done or going on get the date of its news. */
export function applyDefaultDates(events: MergedEvent[], published: string, news: NewsDays): MergedEvent[] {
  return events.map((e) => (e.date.start === null && e.status !== 'planned' ? { ...e, date: newsDate(e.trigger.type, news, published) } : e));
}
