/**
 * The data files that say what GDELT's codes mean here (this folder's JSON files; README.md):
 * read once and validated, so an edit with a typo fails with the file's name.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ActorKindSchema, EventTypeSchema, StatementSubtypeSchema, type ActorKind } from '../contract/extraction.js';
import type { EntityRef } from '../extractor/document-model.js';
import { lexicons } from '../extractor/lexicons/load-lexicons.js';
import { toActorId } from '../extractor/mentions/to-actor-id.js';

const CameoMeaningSchema = z.object({ label: z.string().min(1), type: EventTypeSchema, subtype: StatementSubtypeSchema.nullable() });
const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

const CameoEventsSchema = z.object({
  roots: z.record(z.string(), CameoMeaningSchema).refine((roots) => ROOTS.every((root) => root in roots), {
    message: `every CAMEO root from 01 to 20 needs an entry`,
  }),
  codes: z.record(z.string().regex(/^\d{3,4}$/), CameoMeaningSchema),
});

const TypeCode = z.string().regex(/^[A-Z]{3}$/);
const ActorTypesSchema = z.object({
  state: z.array(TypeCode),
  rebels: z.array(TypeCode),
  opposition: z.array(TypeCode),
  kinds: z.record(TypeCode, ActorKindSchema),
});

const KnownGroupSchema = z.union([z.object({ id: z.string().min(1) }), z.object({ name: z.string().min(1), kind: ActorKindSchema })]);

export type CameoMeaning = z.infer<typeof CameoMeaningSchema>;

export interface GdeltCodebook {
  cameo: z.infer<typeof CameoEventsSchema>;
  stateTypes: Set<string>;
  rebelTypes: Set<string>;
  oppositionTypes: Set<string>;
  kindOfType: Map<string, ActorKind>;
  /** Known group code → its actor. */
  knownGroups: Map<string, EntityRef>;
}

function readJson<T>(name: string, schema: z.ZodType<T>): T {
  const path = new URL(`./${name}`, import.meta.url);
  const checked = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!checked.success) throw new Error(`server/gdelt/${name}: ${z.prettifyError(checked.error)}`);
  return checked.data;
}

function withoutComment(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '_comment'));
}

function resolveKnownGroups(raw: Record<string, z.infer<typeof KnownGroupSchema>>): Map<string, EntityRef> {
  const organizations = new Map(lexicons.organizations.map((org) => [org.id, org]));
  return new Map(
    Object.entries(raw).map(([code, group]) => {
      if ('name' in group) return [code, { id: toActorId(group.name), name: group.name, kind: group.kind }];
      const org = organizations.get(group.id);
      if (!org) throw new Error(`server/gdelt/known-groups.json: ${code} names "${group.id}", which organizations.json does not list`);
      return [code, { id: org.id, name: org.name, kind: org.kind }];
    }),
  );
}

function loadCodebook(): GdeltCodebook {
  const cameo = readJson('cameo-events.json', z.preprocess(withoutComment, CameoEventsSchema));
  const types = readJson('actor-types.json', z.preprocess(withoutComment, ActorTypesSchema));
  const groups = readJson('known-groups.json', z.preprocess(withoutComment, z.record(z.string().regex(/^[A-Z]{3}$/), KnownGroupSchema)));
  return {
    cameo,
    stateTypes: new Set(types.state),
    rebelTypes: new Set(types.rebels),
    oppositionTypes: new Set(types.opposition),
    kindOfType: new Map(Object.entries(types.kinds)),
    knownGroups: resolveKnownGroups(groups),
  };
}

/** The codebook, loaded when this module is first imported. */
export const gdeltCodebook: GdeltCodebook = loadCodebook();
