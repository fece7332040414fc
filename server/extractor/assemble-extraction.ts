/** Stage 8: the contract document: actors with aliases, numbered events, relations, all with evidence slices. */
import type { Actor, Article, Evidence, Extraction, ExtractedEvent, Relation } from '../contract/extraction.js';
import type { CandidateRelation, EntityRef, Mention } from './document-model.js';
import type { MergedEvent } from './merge-events.js';

export interface AssemblyInput {
  article: Article;
  mentions: Mention[];
  events: MergedEvent[];
  relations: CandidateRelation[];
  cameo: Record<string, string>;
}

const slice = (text: string, span: { start: number; end: number }): Evidence => ({ text: text.slice(span.start, span.end), start: span.start, end: span.end });

function buildActors(mentions: Mention[]): Actor[] {
  const byId = new Map<string, { entity: EntityRef; aliases: Set<string> }>();
  const acting = new Set(mentions.filter((m) => !m.setting).map((m) => m.entity.id));
  for (const m of mentions.filter((x) => acting.has(x.entity.id))) {
    const entry = byId.get(m.entity.id) ?? { entity: m.entity, aliases: new Set([m.entity.name]) };
    if (m.alias) entry.aliases.add(m.text.replace(/^the\s+/i, (t) => t));
    byId.set(m.entity.id, entry);
  }
  return [...byId.values()].map(({ entity, aliases }) => ({ id: entity.id, name: entity.name, kind: entity.kind, aliases: [...aliases] }));
}

/** A summary from the first evidence: its first clause, cut at a word boundary. */
function summarize(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 160) return clean;
  return `${clean.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

function confidenceOf(event: MergedEvent): number {
  const support = Math.min(event.evidence.length, 3) * 0.1;
  const dated = event.date.start === null ? 0 : 0.1;
  return Math.round((0.5 + support + dated) * 100) / 100;
}

function buildEvent(event: MergedEvent, index: number, input: AssemblyInput): ExtractedEvent {
  const key = event.trigger.subtype ?? event.trigger.type;
  return {
    id: `e${index + 1}`,
    type: event.trigger.type,
    subtype: event.trigger.subtype,
    cameo: input.cameo[key] ?? null,
    status: event.status,
    date: event.date,
    participants: event.participants.map((p) => ({ actor: p.id, role: p.role })),
    place: event.place,
    summary: summarize(input.article.text.slice(event.evidence[0]!.start, event.evidence[0]!.end)),
    evidence: event.evidence.map((e) => slice(input.article.text, e)),
    confidence: confidenceOf(event),
  };
}

/** The extraction document for one article. */
export function assembleExtraction(input: AssemblyInput): Extraction {
  const { id, title, published, url, source } = input.article;
  const ordered = [...input.events].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  const relations: Relation[] = input.relations.map((r) => ({ source: r.source, type: r.type, target: r.target, evidence: [slice(input.article.text, r.evidence)] }));
  return {
    article: { id, title, published, url, source },
    actors: buildActors(input.mentions),
    events: ordered.map((e, i) => buildEvent(e, i, input)),
    relations,
  };
}
