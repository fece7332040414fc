/** Whether two reports' participants can be one event's, and how much they share. */
import type { Participant, Role } from '../contract/extraction.js';
import { IDENTITY_RULE, type IdentityRule } from './identity-rule.js';

function rolesByActor(participants: Participant[]): Map<string, Set<Role>> {
  const roles = new Map<string, Set<Role>>();
  for (const { actor, role } of participants) roles.set(actor, (roles.get(actor) ?? new Set<Role>()).add(role));
  return roles;
}

function areRolesCompatible(a: Set<Role>, b: Set<Role>, rule: IdentityRule): boolean {
  const conflicting = (x: Role, y: Role) => rule.conflictingRoles.some(([p, q]) => (x === p && y === q) || (x === q && y === p));
  return [...a].some((x) => [...b].some((y) => !conflicting(x, y)));
}

// A mediator of one accord may be a party to another: an actor is evidence of one event only when it
// plays a part of the same kind (mediating, or taking part) in both reports.
const isMediating = (role: Role) => role === 'mediator';

function playsSameKindOfPart(a: Set<Role>, b: Set<Role>): boolean {
  return [...a].some((x) => [...b].some((y) => isMediating(x) === isMediating(y)));
}

function actorsIn(participants: Participant[], role: Role): Set<string> {
  return new Set(participants.filter((p) => p.role === role).map((p) => p.actor));
}

// Both name actors in the role, and none of them the same.
function disagreeOn(role: Role, a: Participant[], b: Participant[]): boolean {
  const inA = actorsIn(a, role);
  const inB = actorsIn(b, role);
  return inA.size > 0 && inB.size > 0 && ![...inA].some((actor) => inB.has(actor));
}

/**
 * The share of the smaller participant list the other report names too, in a part of the same kind (a report that names fewer
 * participants, as short reports do, is no evidence of another event), or null when they share fewer than
 * `minSharedParticipants` actors or one actor plays conflicting roles (the accuser in one is the
 * accused in the other: two statements, not one), or when both name actors in a role that must agree
 * and share none of them.
 */
export function scoreParticipants(a: Participant[], b: Participant[], rule: IdentityRule = IDENTITY_RULE): number | null {
  const rolesA = rolesByActor(a);
  const rolesB = rolesByActor(b);
  const common = [...rolesA.keys()].filter((actor) => rolesB.has(actor));
  if (common.some((actor) => !areRolesCompatible(rolesA.get(actor)!, rolesB.get(actor)!, rule))) return null;
  const shared = common.filter((actor) => playsSameKindOfPart(rolesA.get(actor)!, rolesB.get(actor)!));
  if (shared.length < rule.minSharedParticipants) return null;
  if (rule.rolesThatMustAgree.some((role) => disagreeOn(role, a, b))) return null;
  return shared.length / Math.min(rolesA.size, rolesB.size);
}
