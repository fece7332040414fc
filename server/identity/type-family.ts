/** Which event types can describe one real-world event (`IDENTITY_RULE.typeFamilies`). */
import type { EventType, StatementSubtype } from '../contract/extraction.js';
import { IDENTITY_RULE, statementFamily, type IdentityRule } from './identity-rule.js';

/** The family a report's type (and, for a statement, subtype) belongs to. */
export function toTypeFamily(type: EventType, subtype: StatementSubtype | null, rule: IdentityRule = IDENTITY_RULE): string {
  if (type === 'statement') return statementFamily(subtype);
  const family = Object.entries(rule.typeFamilies).find(([, types]) => types.includes(type));
  return family ? family[0] : type;
}

/** Every type of the family `type` belongs to (itself alone when in none): what a candidate look-up asks for. */
export function listFamilyTypes(type: EventType, rule: IdentityRule = IDENTITY_RULE): EventType[] {
  return Object.values(rule.typeFamilies).find((types) => types.includes(type)) ?? [type];
}
