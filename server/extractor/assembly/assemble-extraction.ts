/** Stage 8: the contract document: actors with aliases, numbered events, relations, all with evidence slices. */
import type { Actor, Article, Evidence, Extraction, ExtractedEvent, Relation } from '../../contract/extraction.js';
import type { CandidateRelation, EntityRef, Mention } from '../document-model.js';
import type { MergedEvent } from '../events/merge-events.js';
import { scoreConfidence } from './score-confidence.js';

export interface AssemblyInput {
  article: Article;
  mentions: Mention[];
  /** States and organisations named only as a person's employer still are actors. */
  affiliations: EntityRef[];
  events: MergedEvent[];
  relations: CandidateRelation[];
  cameo: Record<string, string>;
}

const slice = (text: string, span: { start: number; end: number }): Evidence => ({ text: text.slice(span.start, span.end), start: span.start, end: span.end });

function buildActors(mentions: Mention[], affiliations: EntityRef[]): Actor[] {
  const byId = new Map<string, { entity: EntityRef; aliases: Set<string> }>();
  const acting = new Set([...mentions.filter((m) => !m.setting).map((m) => m.entity.id), ...affiliations.map((a) => a.id)]);
  for (const m of mentions.filter((x) => acting.has(x.entity.id))) {
    const entry = byId.get(m.entity.id) ?? { entity: m.entity, aliases: new Set([m.entity.name]) };
    if (m.alias) entry.aliases.add(m.text);
    byId.set(m.entity.id, entry);
  }
  for (const a of affiliations) if (!byId.has(a.id)) byId.set(a.id, { entity: a, aliases: new Set([a.name]) });
  return [...byId.values()].map(({ entity, aliases }) => ({ id: entity.id, name: entity.name, kind: entity.kind, aliases: [...aliases] }));
}

/** A summary from the first evidence: its first clause, cut at a word boundary. */
function summarize(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 160) return clean;
  return `${clean.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

function confidenceOf(event: MergedEvent): number {
  return scoreConfidence(event.evidence.length, event.date.start !== null);
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
  const actors = buildActors(input.mentions, input.affiliations);
  const known = new Set(actors.map((a) => a.id));
  const relations: Relation[] = input.relations
    .filter((r) => known.has(r.source) && known.has(r.target))
    .map((r) => ({ source: r.source, type: r.type, target: r.target, evidence: [slice(input.article.text, r.evidence)] }));
  const events = ordered
    .map((e) => ({ ...e, participants: e.participants.filter((p) => known.has(p.id)) }))
    .filter((e) => e.participants.length > 0);
  return {
    article: { id, title, published, url, source },
    actors,
    events: events.map((e, i) => buildEvent(e, i, input)),
    relations,
  };
}
