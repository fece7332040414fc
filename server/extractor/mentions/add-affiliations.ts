/** A person's state or organisation takes part in what the person does, in the same role. */
import type { CandidateParticipant, TitleTie } from '../document-model.js';

export function addAffiliations(participants: CandidateParticipant[], ties: Map<string, TitleTie>): CandidateParticipant[] {
  const all = [...participants];
  for (const p of participants) {
    const affiliation = ties.get(p.id)?.affiliation;
    if (affiliation && !all.some((q) => q.id === affiliation.id)) all.push({ id: affiliation.id, role: p.role, kind: affiliation.kind });
  }
  return all;
}
