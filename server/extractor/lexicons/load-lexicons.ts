/** Reads the lexicon data files once, validated, so a typo in a user's edit fails loudly. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ActorKindSchema, EventTypeSchema, StatementSubtypeSchema } from '../../contract/extraction.js';

const StateExtrasSchema = z.record(
  z.string(),
  z.union([
    z.string(),
    z.object({
      id: z.string().optional(),
      name: z.string().optional(),
      aliases: z.array(z.string()).default([]),
      capitals: z.array(z.string()).default([]),
      demonyms: z.array(z.string()).default([]),
    }),
  ]),
);

const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  aliases: z.array(z.string()).min(1),
  /** The body it is an organ or agency of ("unsc" → "un"): news names either for the same act. */
  partOf: z.string().optional(),
  /** Adjectives for a breakaway region, read as a state's demonyms are ("Transnistrian officials", not "Transnistrian villages"). */
  demonyms: z.array(z.string()).optional(),
});

const TitlesSchema = z.object({
  LEADS: z.array(z.string()),
  REPRESENTS: z.array(z.string()),
  DESCRIBES: z.array(z.string()).default([]),
  STATE_OF_TITLE: z.record(z.string(), z.string()).default({}),
});

/** Lemma phrases: `nouns` name the event, `verbs` report it. */
const TriggerWordsSchema = z.object({ nouns: z.array(z.string()).default([]), verbs: z.array(z.string()).default([]) });

const TriggersSchema = z.object({
  events: z.record(EventTypeSchema.exclude(['statement']), TriggerWordsSchema),
  statements: z.record(StatementSubtypeSchema, TriggerWordsSchema),
  cameo: z.record(z.string(), z.string()),
  exclusions: z.array(z.string()).default([]),
});

/** Lemma sets read by read-mood.ts and detect-status.ts; see moods.json. */
const MoodsSchema = z.object({
  negators: z.array(z.string()),
  hypothetical: z.array(z.string()),
  future: z.array(z.string()),
  conditions: z.array(z.string()),
  unfulfilled: z.array(z.string()),
  purposes: z.array(z.string()),
  planning: z.array(z.string()),
  continuing: z.array(z.string()),
  requesting: z.array(z.string()),
  requestingFor: z.array(z.string()),
  prospective: z.array(z.string()),
  ongoingAdverbs: z.array(z.string()).default([]),
  habitualAdverbs: z.array(z.string()).default([]),
  ongoingModifiers: z.array(z.string()).default([]),
  inForce: z.array(z.string()).default([]),
  starting: z.array(z.string()).default([]),
  inEffect: z.array(z.string()).default([]),
  askingNouns: z.array(z.string()).default([]),
  background: z.array(z.string()).default([]),
  observing: z.array(z.string()).default([]),
  lasting: z.array(z.string()).default([]),
});

/** Lemma sets read by read-statement-parties.ts, find-reported-demands.ts and find-intended-attacks.ts; see speech.json. */
const SpeechSchema = z.object({ reporting: z.array(z.string()), addressing: z.array(z.string()), wanting: z.array(z.string()), obliging: z.array(z.string()), carrying: z.array(z.string()), referring: z.array(z.string()), intending: z.array(z.string()), voicing: z.array(z.string()), nounAddressing: z.partialRecord(StatementSubtypeSchema, z.array(z.string())), judging: z.partialRecord(StatementSubtypeSchema, z.array(z.string())), deeming: z.array(z.string()) });

/** Words that name the parties of a conflict without naming them; see parties.json. */
const PartiesSchema = z.object({ nouns: z.array(z.string()), markers: z.array(z.string()), definite: z.array(z.string()), kinds: z.record(z.string(), z.array(ActorKindSchema)), counts: z.record(z.string(), z.number().int().min(3)).default({}) });

/** Words that say who mediates; see mediation.json. */
const MediationSchema = z.object({ verbs: z.array(z.string()), intransitive: z.array(z.string()), nouns: z.array(z.string()) });

/** Lemma sets read by keep-event-triggers.ts and prune-triggers.ts; see senses.json. */
const SensesSchema = z.object({ forces: z.array(z.string()), conflicts: z.array(z.string()), pluralOnly: z.array(z.string()), otherObjects: z.record(z.string(), z.array(z.string())), tallies: z.array(z.string()).default([]), trips: z.array(z.string()).default([]) });

export type StateExtra = { id?: string; name?: string; aliases: string[]; capitals: string[]; demonyms: string[] };
export type Organization = z.infer<typeof OrganizationSchema>;
export type Titles = z.infer<typeof TitlesSchema>;
export type Triggers = z.infer<typeof TriggersSchema>;
export type Moods = z.infer<typeof MoodsSchema>;
export type Speech = z.infer<typeof SpeechSchema>;
export type Parties = z.infer<typeof PartiesSchema>;
export type Mediation = z.infer<typeof MediationSchema>;
export type Senses = z.infer<typeof SensesSchema>;

export interface Lexicons {
  states: Map<string, StateExtra>;
  organizations: Organization[];
  titles: Titles;
  triggers: Triggers;
  moods: Moods;
  speech: Speech;
  parties: Parties;
  mediation: Mediation;
  senses: Senses;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
}

function loadStates(): Map<string, StateExtra> {
  const raw = StateExtrasSchema.parse(readJson('states.json'));
  return new Map(Object.entries(raw).flatMap(([code, v]) => (typeof v === 'string' ? [] : [[code, v] as const])));
}

/** All lexicons from server/extractor/lexicons/*.json. */
export const lexicons: Lexicons = {
  states: loadStates(),
  organizations: z.array(OrganizationSchema).parse(readJson('organizations.json')),
  titles: TitlesSchema.parse(readJson('titles.json')),
  triggers: TriggersSchema.parse(readJson('triggers.json')),
  moods: MoodsSchema.parse(readJson('moods.json')),
  speech: SpeechSchema.parse(readJson('speech.json')),
  parties: PartiesSchema.parse(readJson('parties.json')),
  mediation: MediationSchema.parse(readJson('mediation.json')),
  senses: SensesSchema.parse(readJson('senses.json')),
};
