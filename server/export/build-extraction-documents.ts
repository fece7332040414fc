/**
 * The JSON export: the window's events regrouped into one extraction document per article, in the
 * contract's shape (each one validates with `ExtractionSchema` and can be ingested again).
 */
import type { Extraction, Relation } from '../contract/extraction.js';
import type { ExportData, ExportEvent, ExportRelation } from './read-export-data.js';

/** One document per article that reports an event of the export, by article id. */
export function buildExtractionDocuments(data: ExportData): Extraction[] {
  const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
  return data.articles.map((article) => {
    const events = data.events.filter((event) => event.articleId === article.id);
    const relations = data.relations.flatMap((relation) => relationInArticle(relation, article.id));
    const named = new Set([...events.flatMap((e) => e.participants.map((p) => p.actor)), ...relations.flatMap((r) => [r.source, r.target])]);
    return {
      article,
      actors: [...named].sort().flatMap((id) => actors.get(id) ?? []),
      events: events.map((event) => toDocumentEvent(event, article.id)),
      relations,
    };
  });
}

/** The graph's event id is `<articleId>:<id in its document>`; the document keeps its own. */
function toDocumentEvent({ articleId: _, start, end, precision, id, ...event }: ExportEvent, articleId: string): Extraction['events'][number] {
  const prefix = `${articleId}:`;
  return { ...event, id: id.startsWith(prefix) ? id.slice(prefix.length) : id, date: { start, end, precision } };
}

/** The relation as this article states it: its passages from the article (an empty one means stated without a passage). */
function relationInArticle({ source, type, target, passages }: ExportRelation, articleId: string): Relation[] {
  const own = passages.filter((passage) => passage.articleId === articleId);
  if (own.length === 0) return [];
  const evidence = own.filter((p) => p.text !== '').map(({ text, start, end }) => ({ text, start, end }));
  return [{ source, type, target, evidence }];
}
