/**
 * The extraction contract (../shared/eval/README.md): what the extractor emits, what ingest
 * accepts and what the client reads. The one definition every layer imports.
 */
import { z } from 'zod';

/** An ISO calendar day, YYYY-MM-DD, that exists on the calendar. */
export const IsoDaySchema = z.iso.date();

export const ActorKindSchema = z.enum(['state', 'person', 'organization', 'armed_group', 'other']);
export const EventTypeSchema = z.enum([
  'talks',
  'meeting',
  'statement',
  'offensive',
  'resolution',
  'ceasefire',
  'agreement',
  'sanctions',
  'humanitarian',
]);
export const StatementSubtypeSchema = z.enum(['appeal', 'demand', 'accusation', 'threat', 'support', 'rejection']);
export const EventStatusSchema = z.enum(['occurred', 'ongoing', 'planned']);
export const DatePrecisionSchema = z.enum(['day', 'week', 'month', 'year', 'unknown']);
export const RoleSchema = z.enum(['source', 'target', 'participant', 'mediator']);
export const RelationTypeSchema = z.enum(['BACKS', 'OPPOSES', 'LEADS', 'REPRESENTS', 'MEMBER_OF']);

/** Stable ids: lower-case words joined by underscores or hyphens ("syrian_government"). */
export const IdSchema = z.string().min(1).max(200);

export const ArticleMetaSchema = z.object({
  id: IdSchema,
  title: z.string(),
  published: IsoDaySchema,
  url: z.string(),
  source: z.string(),
});

/** An article as the benchmark ships it (`*.article.json`): the metadata plus its text. */
export const ArticleSchema = ArticleMetaSchema.extend({ text: z.string().min(1) });

export const ActorSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: ActorKindSchema,
  aliases: z.array(z.string()),
});

/** A quoted passage of the article, with offsets such that text === article.text.slice(start, end). */
export const EvidenceSchema = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((e) => e.end >= e.start, { message: 'evidence end precedes its start' });

export const EventDateSchema = z
  .object({
    start: IsoDaySchema.nullable(),
    end: IsoDaySchema.nullable(),
    precision: DatePrecisionSchema,
  })
  .refine((d) => (d.precision === 'unknown') === (d.start === null && d.end === null), {
    message: 'start and end are null exactly when precision is unknown',
  })
  .refine((d) => d.start === null || d.end === null || d.start <= d.end, { message: 'date end precedes its start' });

export const ParticipantSchema = z.object({ actor: IdSchema, role: RoleSchema });

export const EventSchema = z.object({
  id: IdSchema,
  type: EventTypeSchema,
  subtype: StatementSubtypeSchema.nullable(),
  cameo: z.string().regex(/^\d{2,4}$/).nullable().optional(),
  status: EventStatusSchema,
  date: EventDateSchema,
  participants: z.array(ParticipantSchema).min(1),
  place: z.string().nullable(),
  summary: z.string(),
  evidence: z.array(EvidenceSchema).min(1),
  confidence: z.number().min(0).max(1),
});

export const RelationSchema = z.object({
  source: IdSchema,
  type: RelationTypeSchema,
  target: IdSchema,
  evidence: z.array(EvidenceSchema),
});

/** One article's extraction: every reference points at an actor the document declares. */
export const ExtractionSchema = z
  .object({
    article: ArticleMetaSchema,
    actors: z.array(ActorSchema),
    events: z.array(EventSchema),
    relations: z.array(RelationSchema),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set(doc.actors.map((a) => a.id));
    doc.events.forEach((event, i) =>
      event.participants.forEach((p, j) => {
        if (!ids.has(p.actor)) {
          ctx.addIssue({ code: 'custom', path: ['events', i, 'participants', j, 'actor'], message: `unknown actor "${p.actor}"` });
        }
      }),
    );
    doc.relations.forEach((rel, i) =>
      (['source', 'target'] as const).forEach((end) => {
        if (!ids.has(rel[end])) {
          ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `unknown actor "${rel[end]}"` });
        }
      }),
    );
  });

export type ActorKind = z.infer<typeof ActorKindSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;
export type StatementSubtype = z.infer<typeof StatementSubtypeSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type ExtractedEvent = z.infer<typeof EventSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
