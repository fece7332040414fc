/** Whether an event is cooperation or conflict between its actors, for the pair aggregates' split. */

export type Stance = 'cooperation' | 'conflict' | null;

export interface StanceFacts {
  type: string;
  subtype: string | null;
  cameo: string | null;
  quadClass: number | null;
}

const COOPERATIVE_TYPES = new Set(['talks', 'meeting', 'agreement', 'ceasefire', 'humanitarian']);
const CONFLICTUAL_TYPES = new Set(['offensive', 'sanctions']);
const COOPERATIVE_SUBTYPES = new Set(['appeal', 'support']);
const CONFLICTUAL_SUBTYPES = new Set(['demand', 'accusation', 'threat', 'rejection']);

/**
 * GDELT's QuadClass when the event has one (1–2 cooperation, 3–4 conflict); else the quad class of its
 * CAMEO root as GDELT derives it (01–09 cooperation, 10–20 conflict); else its type and statement subtype.
 * A resolution or a plain statement is neither.
 */
export function classifyStance({ type, subtype, cameo, quadClass }: StanceFacts): Stance {
  if (quadClass !== null) return quadClass <= 2 ? 'cooperation' : 'conflict';
  const root = cameo === null ? NaN : Number(cameo.slice(0, 2));
  if (root >= 1 && root <= 20) return root <= 9 ? 'cooperation' : 'conflict';
  if (COOPERATIVE_TYPES.has(type) || (subtype !== null && COOPERATIVE_SUBTYPES.has(subtype))) return 'cooperation';
  if (CONFLICTUAL_TYPES.has(type) || (subtype !== null && CONFLICTUAL_SUBTYPES.has(subtype))) return 'conflict';
  return null;
}
