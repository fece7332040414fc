/**
 * The one configuration of the project, read from the environment (and `.env`) and validated
 * field by field at start, so a bad value is reported before anything connects.
 */
import { z } from 'zod';

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const ConfigSchema = z.object({
  NEO4J_URI: z.preprocess(
    blankAsUndefined,
    z
      // abort: the scheme check below parses the value as a URL, so it must not run on a non-URL.
      .url({ message: 'must be a URL such as bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io', abort: true })
      .refine((uri) => NEO4J_SCHEMES.includes(new URL(uri).protocol), {
        message: `scheme must be one of ${NEO4J_SCHEMES.map((s) => s.slice(0, -1)).join(', ')}`,
      })
      .optional(),
  ),
  NEO4J_USER: z.preprocess(blankAsUndefined, z.string().min(1).default('neo4j')),
  NEO4J_PASSWORD: z.preprocess(
    blankAsUndefined,
    z.string().min(8, { message: 'must have at least 8 characters (Neo4j refuses shorter ones)' }).optional(),
  ),
  NEO4J_DATABASE: z.preprocess(blankAsUndefined, z.string().regex(/^[a-z0-9.-]{3,63}$/i).default('neo4j')),
  /** A read-only account for the Cypher console, where the database has roles (Enterprise, Aura); both or neither. */
  NEO4J_CONSOLE_USER: z.preprocess(blankAsUndefined, z.string().min(1).optional()),
  NEO4J_CONSOLE_PASSWORD: z.preprocess(
    blankAsUndefined,
    z.string().min(8, { message: 'must have at least 8 characters (Neo4j refuses shorter ones)' }).optional(),
  ),
  HOST: z.preprocess(blankAsUndefined, z.string().min(1).default('127.0.0.1')),
  PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  INGEST_TOKEN: z.preprocess(
    blankAsUndefined,
    z.string().min(16, { message: 'must have at least 16 characters' }).optional(),
  ),
  /** The largest request body the API accepts (an article, a Cypher query); larger ones get a 413. */
  BODY_LIMIT_BYTES: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1024).default(1_048_576)),
  /** CoreNLP services (ours or stock CoreNLP servers), comma-separated; unset: the local worker the scripts start. */
  CORENLP_URL: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be http(s) URLs separated by commas' })).min(1))
      .optional(),
  ),
  /** Where annotated articles are cached by a hash of their text. */
  CORENLP_CACHE_DIR: z.preprocess(blankAsUndefined, z.string().min(1).optional()),
  /** Requests per minute one client may send to POST /api/cypher, and to POST /api/articles. */
  CONSOLE_RATE_LIMIT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).default(60)),
  INGEST_RATE_LIMIT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).default(60)),
  /** `/api/timeline` answers with events when a window holds at most this many, else with day or week counts. */
  TIMELINE_ITEM_LIMIT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(20_000).default(2_000)),
  /**
   * An explorer read (graph, timeline, search, details) not answered this long after it arrived is
   * given up with a 503, before the person or tool asking gives up on a silent server (often 10 s).
   */
  READ_ANSWER_WITHIN_MS: z.preprocess(blankAsUndefined, z.coerce.number().int().min(100).default(8_000)),
  /** `off`: the graph and the timeline read every event of a window, as before the aggregates (to compare; to read while they are rebuilt). */
  READ_AGGREGATES: z.preprocess(blankAsUndefined, z.enum(['on', 'off']).default('on')),
  LOG_LEVEL: z.preprocess(
    blankAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
}).superRefine((config, context) => {
  // One without the other would silently run the console as the main (admin) account.
  if ((config.NEO4J_CONSOLE_USER === undefined) !== (config.NEO4J_CONSOLE_PASSWORD === undefined)) {
    const missing = config.NEO4J_CONSOLE_USER === undefined ? 'NEO4J_CONSOLE_USER' : 'NEO4J_CONSOLE_PASSWORD';
    context.addIssue({ code: 'custom', path: [missing], message: 'must be set with the other NEO4J_CONSOLE_ variable (both or neither)' });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

/** Raised when the environment holds a bad value; its message lists every bad field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly fields: { field: string; message: string }[]) {
    super(`Invalid configuration: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`);
  }
}

/** Validates an environment (process.env or a test's object) into a Config. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(environment)', message: issue.message })),
  );
}

/** Reads `.env` (when present) into process.env, then validates it. */
export async function loadConfig(): Promise<Config> {
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}
