/** "Israel and Hamas accused each other", "Washington and Pyongyang traded threats": one statement each way. */
import type { CandidateParticipant, TitleTie, Trigger } from '../document-model.js';

const RECIPROCAL_AFTER = /^\s+(?:each other|one another)\b/i;

/** The sides of a reciprocal exchange: a person with the state or body the person serves, else each actor alone. */
function sidesOf(participants: CandidateParticipant[], ties: Map<string, TitleTie>): CandidateParticipant[][] {
  const sides: CandidateParticipant[][] = [];
  for (const p of participants) {
    const affiliation = ties.get(p.id)?.affiliation?.id;
    const joined = sides.find((side) => side.some((q) => q.id === affiliation || ties.get(q.id)?.affiliation?.id === p.id));
    if (joined) joined.push(p);
    else sides.push([p]);
  }
  return sides;
}

/** Participants for each direction of a reciprocal statement, or null when it is not reciprocal or has a single side. */
export function reciprocalDirections(trigger: Trigger, participants: CandidateParticipant[], text: string, ties: Map<string, TitleTie>): CandidateParticipant[][] | null {
  const reciprocal = trigger.type === 'statement' && (RECIPROCAL_AFTER.test(text.slice(trigger.end, trigger.end + 20)) || /^traded\b/i.test(trigger.text));
  const sides = reciprocal ? sidesOf(participants, ties) : [];
  if (sides.length < 2) return null;
  return sides.map((own, i) => [
    ...own.map((p) => ({ ...p, role: 'source' as const })),
    ...sides.flatMap((other, j) => (j === i ? [] : other.map((p) => ({ ...p, role: 'target' as const })))),
  ]);
}
