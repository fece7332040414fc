/**
 * The JSON export: what each article said of the window's events, regrouped into one extraction
 * document per article, in the contract's shape (each one validates with `ExtractionSchema` and can
 * be ingested again: an event several articles report is in each of their documents, as that
 * article's report gave it, with that article's passages).
 */
import type { Extraction, Relation } from '../contract/extraction.js';
import type { ExportData, ExportEvent, ExportRelation, ExportReport } from './read-export-data.js';

/** One document per article that reports an event of the export, by article id. */
export function buildExtractionDocuments(data: ExportData): Extraction[] {
  const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
  return data.articles.map((article) => {
    const events = data.events.flatMap((event) => eventsInArticle(event, article.id));
    const relations = data.relations.flatMap((relation) => relationInArticle(relation, article.id));
    const named = new Set([...events.flatMap((e) => e.participants.map((p) => p.actor)), ...relations.flatMap((r) => [r.source, r.target])]);
    return {
      article,
      actors: [...named].sort().flatMap((id) => actors.get(id) ?? []),
      events,
      relations,
    };
  });
}

type DocumentEvent = Extraction['events'][number];

/** The event as the article reported it: its report, or for an event without reports (GDELT's) the event itself. */
function eventsInArticle(event: ExportEvent, articleId: string): DocumentEvent[] {
  if (event.reports.length === 0) return event.articleId === articleId ? [toDocumentEvent(event, articleId)] : [];
  const passages = (localId: string) => event.evidence.filter((p) => p.articleId === articleId && p.localId === localId).map(({ text, start, end }) => ({ text, start, end }));
  return event.reports.filter((report) => report.articleId === articleId).map((report) => fromReport(report, passages(report.localId)));
}

function fromReport(report: ExportReport, evidence: DocumentEvent['evidence']): DocumentEvent {
  return {
    id: report.localId,
    type: report.type,
    subtype: report.subtype ?? null,
    cameo: report.cameo ?? null,
    status: report.status,
    date: { start: report.start, end: report.end, precision: report.precision },
    participants: report.actors.map((actor, i) => ({ actor, role: report.roles[i]! })),
    place: report.place ?? null,
    summary: report.summary,
    evidence,
    confidence: report.confidence,
  };
}

/** The graph's event id is `<articleId>:<id in its document>`; the document keeps its own. */
function toDocumentEvent({ articleId: _, start, end, precision, id, reports: __, evidence, ...event }: ExportEvent, articleId: string): DocumentEvent {
  const prefix = `${articleId}:`;
  const passages = evidence.map(({ text, start: from, end: to }) => ({ text, start: from, end: to }));
  return { ...event, id: id.startsWith(prefix) ? id.slice(prefix.length) : id, date: { start, end, precision }, evidence: passages };
}

/** The relation as this article states it: its passages from the article (an empty one means stated without a passage). */
function relationInArticle({ source, type, target, passages }: ExportRelation, articleId: string): Relation[] {
  const own = passages.filter((passage) => passage.articleId === articleId);
  if (own.length === 0) return [];
  const evidence = own.filter((p) => p.text !== '').map(({ text, start, end }) => ({ text, start, end }));
  return [{ source, type, target, evidence }];
}
