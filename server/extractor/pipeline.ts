/**
 * The extractor: an article in, a validated contract document out. Pure, offline and deterministic;
 * relative dates are resolved against `article.published`, never the clock. Every stage reads the one
 * NLP document (nlp/: tokens, lemmas, parts of speech, entities, dependencies) made by CoreNLP.
 * The stages, in order, each folder one of them:
 *   segments/   join hard-wrapped lines, segment the text (headline, body, captions, noise) and its clauses
 *   mentions/   actors: states, bodies, armed groups, persons (NER), references, title ties
 *   events/     triggers on lemmas → events (roles, statement parties, status, place) → headline alignment → merge → remarks folded
 *   dates/      dates attached through the tree, periods, narrative time, defaults
 *   relations/  BACKS, OPPOSES, LEADS, REPRESENTS, MEMBER_OF
 *   assembly/   the contract document
 * input/ reads articles (JSON, text, HTML); lexicons/ holds the data the stages read.
 */
import { ExtractionSchema, type Article, type Extraction } from '../contract/extraction.js';
import { addRelatedAffiliations } from './events/add-related-affiliations.js';
import { alignHeadlineEvents } from './events/align-headline-events.js';
import { assembleExtraction } from './assembly/assemble-extraction.js';
import { buildEvents } from './events/build-events.js';
import { applyDefaultDates, findNewsDay } from './dates/apply-default-dates.js';
import { continueNarrative } from './dates/continue-narrative.js';
import { ExtractionError } from './extraction-error.js';
import { findMentions } from './mentions/find-mentions.js';
import { findRelations } from './relations/find-relations.js';
import { findIntendedAttacks } from './events/find-intended-attacks.js';
import { findReportedDemands } from './events/find-reported-demands.js';
import { findReportedJudgements } from './events/find-reported-judgements.js';
import { addOtherSides, findConflictSides } from './events/find-conflict-sides.js';
import { conflictRelations } from './relations/find-conflict-relations.js';
import { compileTriggers, findTriggers } from './events/find-triggers.js';
import { lexicons } from './lexicons/load-lexicons.js';
import { mergeEvents } from './events/merge-events.js';
import { foldRemarks } from './events/fold-remarks.js';
import type { NlpDocument } from './nlp/nlp-document.js';
import { tokensWithin } from './nlp/tokens-within.js';
import { pruneTriggers } from './events/prune-triggers.js';
import { joinWrappedLines } from './segments/join-wrapped-lines.js';
import { segmentText } from './segments/segment-text.js';
import { shareProcessParties } from './events/share-process-parties.js';

export { ExtractionError };

const triggerWords = compileTriggers(lexicons.triggers);

/** Events, actors and relations of one article, read from its NLP document, checked against the contract before they leave. */
export function extractArticle(article: Article, nlp: NlpDocument): Extraction {
  // The text CoreNLP read (the NLP client joins the same wraps): offsets are the article's, evidence quotes the article itself.
  const text = joinWrappedLines(article.text);
  const segments = segmentText(text, article.title);
  const usable = segments.filter((s) => s.kind !== 'noise');
  const { mentions, ties, groupCountries } = findMentions(text, segments, nlp);
  const found = usable.flatMap((s) => findTriggers(tokensWithin(nlp, s), s, triggerWords));
  const demands = findReportedDemands(nlp, segments, mentions, ties, found, lexicons.speech);
  const unworded = [...demands, ...findReportedJudgements(nlp, segments, [...found, ...demands], lexicons.speech), ...findIntendedAttacks(nlp, segments, found, lexicons.speech)];
  const triggers = pruneTriggers([...found, ...unworded].sort((a, b) => a.start - b.start), text, nlp);
  const news = findNewsDay(segments, article.published, nlp, { moods: lexicons.moods, reporting: lexicons.speech.reporting });
  // The sides of the article's conflicts as its mentions tell them, before any event: truces are made between them.
  const sides = findConflictSides(conflictRelations(mentions, [], segments, groupCountries), new Map(mentions.map((m) => [m.entity.id, m.entity] as const)));
  const built = buildEvents(segments, triggers, { text: text, published: article.published, news, mentions, ties, triggers, nlp, sides });
  const candidates = alignHeadlineEvents(continueNarrative(built, segments), segments);
  const events = applyDefaultDates(shareProcessParties(addOtherSides(foldRemarks(mergeEvents(candidates, text, nlp), text, nlp), sides)), article.published, news);
  const relations = findRelations({ text: text, mentions, ties, segments, events, groupCountries, nlp });
  const affiliations = [...ties.values()].flatMap((t) => (t.affiliation ? [t.affiliation] : []));
  const kinds = new Map(mentions.map((m) => [m.entity.id, m.entity.kind] as const));
  const document = assembleExtraction({ article, mentions, affiliations, events: addRelatedAffiliations(events, relations, kinds), relations, cameo: lexicons.triggers.cameo });
  const checked = ExtractionSchema.safeParse(document);
  if (!checked.success) throw new ExtractionError(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), article.id);
  return checked.data;
}
