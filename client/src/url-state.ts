/**
 * The explorer's view state and its URL form: everything a link must restore (window, filters,
 * selection, grouping, open panel, console query). Parsing is lenient: a bad parameter falls back
 * to its default rather than breaking the page.
 */
import { z } from 'zod';
import { ActorKindSchema, EventTypeSchema, IdSchema, IsoDaySchema } from '../../server/contract/extraction.js';

const commaList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((text) => text.split(',').filter((part) => part !== ''))
    .pipe(z.array(item))
    .catch([]);

const ViewStateUrlSchema = z.object({
  from: IsoDaySchema.nullable().catch(null),
  to: IsoDaySchema.nullable().catch(null),
  types: commaList(EventTypeSchema),
  kinds: commaList(ActorKindSchema),
  /** Only events at least this many distinct sources report (1: all). */
  minSources: z.coerce.number().int().min(1).max(1_000).catch(1),
  actor: IdSchema.nullable().catch(null),
  event: IdSchema.nullable().catch(null),
  expand: commaList(IdSchema),
  group: z.enum(['type', 'actor']).catch('type'),
  panel: z.enum(['details', 'cypher']).catch('details'),
  graph: z.enum(['window', 'cypher']).catch('window'),
  query: z.string().catch(''),
});

export type ViewState = z.infer<typeof ViewStateUrlSchema>;

export const DEFAULT_VIEW_STATE: ViewState = ViewStateUrlSchema.parse({});

const LIST_KEYS = ['types', 'kinds', 'expand'] as const;

/** Reads a view state from a URL query string; unknown or invalid parameters are ignored. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const raw: Record<string, string | null> = {};
  for (const key of Object.keys(ViewStateUrlSchema.shape)) {
    const value = params.get(key);
    raw[key] = value ?? (LIST_KEYS.includes(key as (typeof LIST_KEYS)[number]) ? '' : null);
  }
  if (raw.query === null) raw.query = '';
  return ViewStateUrlSchema.parse(raw);
}

/** Writes a view state as a URL query string, leaving out every value equal to its default. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    const fallback = DEFAULT_VIEW_STATE[key as keyof ViewState];
    const text = Array.isArray(value) ? value.join(',') : value;
    const defaultText = Array.isArray(fallback) ? fallback.join(',') : fallback;
    if (text !== null && text !== defaultText) params.set(key, String(text));
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
