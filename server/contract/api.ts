/**
 * The HTTP contract of the explorer: every route's querystring, params, body and responses as zod
 * schemas. The server validates with them and the client imports them (with `extraction.ts`) to
 * type what it sends and reads. Query schemas take strings (a URL is text) and output typed values.
 */
import { z } from 'zod';
import {
  ActorKindSchema,
  ArticleMetaSchema,
  DatePrecisionSchema,
  EventDateSchema,
  EventStatusSchema,
  EventTypeSchema,
  ExtractionSchema,
  IdSchema,
  IsoDaySchema,
  RelationTypeSchema,
  RoleSchema,
  StatementSubtypeSchema,
} from './extraction.js';

// ---------- shared pieces ----------

/** `a,b,c` in a query string → a validated array; an empty string is an empty list. */
function commaList<T extends string>(item: z.ZodType<T, string>) {
  return z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim()).filter((part) => part !== ''))
    .pipe(z.array(item));
}

const countParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** A time window in a query string: both ends optional, inclusive, `from` not after `to`. */
const WindowShape = { from: IsoDaySchema.optional(), to: IsoDaySchema.optional() };
const windowInOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;
const WINDOW_ORDER_ISSUE = { message: '`from` is after `to`', path: ['from'] };

export const ErrorCodeSchema = z.enum([
  'ARTICLE_MALFORMED',
  'BAD_REQUEST',
  'BODY_TOO_DEEP',
  'CYPHER_NOT_READ_ONLY',
  'CYPHER_NOT_ALLOWED',
  'CYPHER_SYNTAX',
  'CYPHER_FAILED',
  'CYPHER_TIMEOUT',
  'DB_BUSY',
  'DB_QUERY_REFUSED',
  'DB_UNAVAILABLE',
  'HEADERS_TOO_LARGE',
  'INGEST_DISABLED',
  'INTERNAL',
  'NLP_UNAVAILABLE',
  'NOT_FOUND',
  'OVERLOADED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'UNAUTHORIZED',
  'UNSUPPORTED_MEDIA_TYPE',
  'URI_TOO_LONG',
  'VALIDATION_FAILED',
]);

/** Every error the API sends has this one shape. */
export const ApiErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });

/** An actor as lists show it. */
export const ActorRefSchema = z.object({ id: IdSchema, name: z.string(), kind: ActorKindSchema });

export const EventParticipantSchema = ActorRefSchema.omit({ id: true }).extend({ actor: IdSchema, role: RoleSchema });

/** An event as the timeline draws it; `start`/`end` are null when the date is unknown. */
export const TimelineEventSchema = z.object({
  id: IdSchema,
  type: EventTypeSchema,
  subtype: StatementSubtypeSchema.nullable(),
  status: EventStatusSchema,
  start: IsoDaySchema.nullable(),
  end: IsoDaySchema.nullable(),
  precision: DatePrecisionSchema,
  place: z.string().nullable(),
  summary: z.string(),
  confidence: z.number(),
  articleId: IdSchema,
  participants: z.array(EventParticipantSchema),
  /** Corroboration: the articles' reports of the event, and their distinct sources (an event GDELT coded counts its one source article). */
  reportCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
});

/** Only events that this many distinct sources report (1: every event). The same for `/api/graph`, `/api/timeline` and `/api/export`. */
const minSourcesParam = countParam(1, 1_000, 1);

// ---------- GET /api/health ----------

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    reachable: z.boolean(),
    message: z.string().optional(),
    counts: z.object({ actors: z.number(), events: z.number(), articles: z.number() }).optional(),
  }),
});

/** Health with the database down (503): also an `ApiError`, so error handling reads it like any other. */
export const HealthUnavailableSchema = HealthResponseSchema.extend(ApiErrorSchema.shape);

// ---------- GET /api/graph ----------

/** The graph's filters, shared by `/api/graph` and `/api/export`. */
const GraphFilterShape = {
  ...WindowShape,
  types: commaList(EventTypeSchema).optional(),
  actors: commaList(IdSchema).optional(),
  kinds: commaList(ActorKindSchema).optional(),
  /** Edges lighter than this (shared events, or supporting passages of a relation) are left out. */
  minWeight: countParam(1, 1_000_000, 1),
  minSources: minSourcesParam,
  /** The most edges returned, heaviest first. */
  limit: countParam(1, 20_000, 2_000),
};

export const GraphQuerySchema = z.object(GraphFilterShape).refine(windowInOrder, WINDOW_ORDER_ISSUE);

export const GraphNodeSchema = ActorRefSchema.extend({
  /** Events in the window the actor took part in. */
  activity: z.number().int().nonnegative(),
});

export const GraphEdgeSchema = z.object({
  source: IdSchema,
  target: IdSchema,
  /** `event`: co-participation in events of one type; `relation`: a stated relation (directed). */
  kind: z.enum(['event', 'relation']),
  type: z.union([EventTypeSchema, RelationTypeSchema]),
  /** Shared events for `event` edges, supporting passages for `relation` edges. */
  weight: z.number().int().positive(),
});

export const GraphResponseSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  /** True when `limit` cut edges off. */
  capped: z.boolean(),
});

// ---------- GET /api/export ----------

export const ExportFormatSchema = z.enum(['csv', 'graphml', 'gexf', 'json']);
export const ExportTableSchema = z.enum(['events', 'participants', 'actors', 'relations']);

/** The graph's filters, a file format and, for CSV, which table (one file each, as spreadsheets open them). */
export const ExportQuerySchema = z
  .object({
    ...GraphFilterShape,
    format: ExportFormatSchema,
    table: ExportTableSchema.default('events'),
  })
  .refine(windowInOrder, WINDOW_ORDER_ISSUE);

/** The JSON export: one extraction document per article with events in the window (what `npm run ingest` reads, one per file). */
export const ExportJsonSchema = z.array(ExtractionSchema);

// ---------- GET /api/timeline ----------

export const TimelineQuerySchema = z
  .object({
    ...WindowShape,
    types: commaList(EventTypeSchema).optional(),
    actor: IdSchema.optional(),
    minSources: minSourcesParam,
    limit: countParam(1, 20_000, 5_000),
  })
  .refine(windowInOrder, WINDOW_ORDER_ISSUE);

/** A stretch of days and how many of the window's events overlap it (an event spanning several counts in each). */
export const TimelineBucketSchema = z.object({ start: IsoDaySchema, end: IsoDaySchema, count: z.number().int().positive() });

/** The window's events as counts: one bucket per day, or per week (Monday to Sunday) for a window longer than a year. */
export const TimelineDensitySchema = z.object({
  unit: z.enum(['day', 'week']),
  /** Dated events overlapping the window. */
  total: z.number().int().nonnegative(),
  /** The buckets holding events, earliest first (weeks whole, Monday to Sunday). */
  buckets: z.array(TimelineBucketSchema),
});

export const TimelineResponseSchema = z.object({
  /** Empty when the window holds more events than the server lists (`TIMELINE_ITEM_LIMIT`): then `density` counts them. */
  events: z.array(TimelineEventSchema),
  /** True when `limit` cut events off (earliest kept), or when the events are given as `density` only. */
  capped: z.boolean(),
  density: TimelineDensitySchema.optional(),
});

// ---------- GET /api/actors/:id and /api/events/:id ----------

export const IdParamsSchema = z.object({ id: IdSchema });

/** An article as evidence cites it; `text` is null when only the extraction was ingested. */
export const ArticleRefSchema = ArticleMetaSchema.extend({ text: z.string().nullable() });

export const RelationEvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  articleId: IdSchema,
});

export const ActorRelationSchema = z.object({
  type: RelationTypeSchema,
  /** `out`: this actor is the relation's source; `in`: its target. */
  direction: z.enum(['out', 'in']),
  other: ActorRefSchema,
  evidence: z.array(RelationEvidenceSchema),
});

export const ActorDetailsSchema = z.object({
  actor: ActorRefSchema.extend({ aliases: z.array(z.string()) }),
  activity: z.number().int().nonnegative(),
  roles: z.array(z.object({ role: RoleSchema, count: z.number().int().positive() })),
  relations: z.array(ActorRelationSchema),
  /** The actor's events, in date order (at most 500). */
  events: z.array(TimelineEventSchema),
});

export const EventEvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  article: ArticleRefSchema,
});

/** What GDELT said of an event it coded: its GLOBALEVENTID, how widely it was reported, its Goldstein score and quad class. */
export const GdeltFactsSchema = z.object({
  id: z.number().int(),
  numMentions: z.number().int(),
  numSources: z.number().int(),
  numArticles: z.number().int(),
  goldstein: z.number(),
  quadClass: z.number().int().min(1).max(4),
});

/** One article's report of the event: what it said (its own date and status, its local event id) and where. */
export const EventReportSchema = z.object({
  article: ArticleMetaSchema,
  /** The event's id in the article's extraction document. */
  localId: z.string(),
  /** The date as this report gives it: reports that disagree each keep their own. */
  date: EventDateSchema,
  status: EventStatusSchema,
  evidence: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int() })),
});

export const EventDetailsSchema = z.object({
  event: TimelineEventSchema.extend({
    cameo: z.string().nullable(),
    /** Who coded the event: the extractor, from the article's sentences, or GDELT (imported; its articles carry no text). */
    codedBy: z.enum(['extractor', 'gdelt']),
    gdelt: GdeltFactsSchema.nullable(),
  }),
  evidence: z.array(EventEvidenceSchema),
  /** Every report of the event, by article (none for an event GDELT coded: its mentions carry no passage). */
  reports: z.array(EventReportSchema),
});

// ---------- GET /api/search ----------

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: countParam(1, 100, 10),
});

export const SearchResponseSchema = z.object({
  actors: z.array(ActorRefSchema.extend({ score: z.number() })),
  events: z.array(
    z.object({
      id: IdSchema,
      type: EventTypeSchema,
      /** Every type of the events this one suggestion stands for: those told by the same sentence on the same day. */
      types: z.array(EventTypeSchema).min(1),
      summary: z.string(),
      start: IsoDaySchema.nullable(),
      score: z.number(),
    }),
  ),
});

// ---------- POST /api/cypher ----------

export const CypherRequestSchema = z.object({
  query: z.string().trim().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** A node the client can draw: `id` is Neo4j's elementId, `properties` as plain JSON. */
export const DrawableNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});

export const DrawableRelationshipSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /**
   * One object per record, keyed by column. Values are plain JSON: dates as ISO strings, nodes as
   * `{elementId, labels, ...properties}`, relationships as `{elementId, type, startElementId,
   * endElementId, ...properties}`, paths as `{start, end, segments: [{start, relationship, end}]}`.
   */
  rows: z.array(z.record(z.string(), z.unknown())),
  /**
   * True when the row cap or the byte budget cut the result. Inside values, lists past a length end in a
   * `"… N more"` item and strings past a length in `"… (N more characters)"`, whether or not this is set.
   */
  truncated: z.boolean(),
  /** Every node and relationship found in the rows (paths included), deduplicated, ready to draw. */
  graph: z.object({ nodes: z.array(DrawableNodeSchema), relationships: z.array(DrawableRelationshipSchema) }),
});

// ---------- GET /api/cypher/vocabulary ----------

/** What the console completes: the names the graph uses, sorted. */
export const CypherVocabularySchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
});

// ---------- POST /api/articles ----------

/**
 * Either the article JSON (`ArticleSchema`: id, title, published, url, source, text) or, as
 * `text/plain`, `text/markdown` or `text/html`, the raw article (header lines and dateline allowed).
 * The article reader checks the fields and answers ARTICLE_MALFORMED with the reason.
 */
export const ArticleIngestBodySchema = z.union([
  z.string().min(1),
  z.record(z.string(), z.unknown()).meta({ description: 'the article JSON, as ArticleSchema' }),
]);

/** What ingest over HTTP answers: the extraction that went into the graph. */
export const ArticleIngestResponseSchema = ExtractionSchema;

export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ActorRef = z.infer<typeof ActorRefSchema>;
export type EventParticipant = z.infer<typeof EventParticipantSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
export type HealthUnavailable = z.infer<typeof HealthUnavailableSchema>;
/** What the client puts in the URL (strings); `GraphQuery` is what the server reads from it. */
export type GraphQueryParams = z.input<typeof GraphQuerySchema>;
export type GraphQuery = z.infer<typeof GraphQuerySchema>;
export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type GraphResponse = z.infer<typeof GraphResponseSchema>;
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export type ExportTable = z.infer<typeof ExportTableSchema>;
export type ExportQueryParams = z.input<typeof ExportQuerySchema>;
export type ExportQuery = z.infer<typeof ExportQuerySchema>;
export type TimelineQueryParams = z.input<typeof TimelineQuerySchema>;
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>;
export type TimelineDensity = z.infer<typeof TimelineDensitySchema>;
export type TimelineBucket = z.infer<typeof TimelineBucketSchema>;
export type ActorRelation = z.infer<typeof ActorRelationSchema>;
export type ActorDetails = z.infer<typeof ActorDetailsSchema>;
export type EventEvidence = z.infer<typeof EventEvidenceSchema>;
export type EventReport = z.infer<typeof EventReportSchema>;
export type EventDetails = z.infer<typeof EventDetailsSchema>;
export type SearchQueryParams = z.input<typeof SearchQuerySchema>;
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
export type CypherRequest = z.input<typeof CypherRequestSchema>;
export type DrawableNode = z.infer<typeof DrawableNodeSchema>;
export type DrawableRelationship = z.infer<typeof DrawableRelationshipSchema>;
export type CypherResponse = z.infer<typeof CypherResponseSchema>;
export type CypherVocabulary = z.infer<typeof CypherVocabularySchema>;
export type ArticleIngestBody = z.infer<typeof ArticleIngestBodySchema>;
export type ArticleIngestResponse = z.infer<typeof ArticleIngestResponseSchema>;
