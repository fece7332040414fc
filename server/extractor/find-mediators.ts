/** Who brokers an event named by a noun, in a passive phrase after it ("The talks, sponsored by Moscow and Ankara, …", "the talks … were mediated by the UN envoy"). */
import type { Mention, Trigger } from './document-model.js';

/** A brokering verb before its agent, a few title words apart: "sponsored by", "were mediated by UN envoy", "co-chaired by the". */
const BROKERED_BY = /(?:^|[\s,])(?:(?:was|were|is|are|been|being)\s+)?(?:[a-z]+ly\s+)?(?:co-)?(?:brokered|mediated|sponsored|hosted|chaired|convened|organi[sz]ed|facilitated)\s+by\s+(?:[\w.'’-]+\s+){0,3}$/i;
/** Actors listed after the first agent: "by Moscow and Ankara", "by Russia, Turkey, and by Iran". */
const AGENT_LIST_GAP = /^\s*(?:,|and|, and)\s+(?:by\s+)?(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}$/;
/** A second "by" phrase after a parenthetical: "sponsored by Moscow and Ankara, who back opposing sides, and by Tehran". */
const AND_BY_BEFORE = /\band\s+by\s+(?:the\s+)?$/i;
/** An apposition or title between agents' names ("UN envoy Martin Griffiths"). */
const TITLE_GAP = /^\s+(?:[a-z][\w-]*\s+){0,2}$/;

/** The agents of a brokering phrase after an event noun in its clause, unless another event's words come first. */
export function passiveMediators(trigger: Trigger, mentions: Mention[], text: string, triggers: Trigger[]): Mention[] {
  const after = mentions.filter((m) => m.start >= trigger.end);
  const first = after.findIndex((m) => BROKERED_BY.test(text.slice(Math.max(trigger.end, m.start - 60), m.start)));
  const agent = after[first];
  if (!agent) return [];
  // A noun of another event between them claims the phrase ("talks on the truce brokered by Egypt"); a verb of mediation does not.
  const between = triggers.some((t) => t !== trigger && t.form === 'noun' && t.start >= trigger.end && t.end <= agent.start);
  if (between) return [];
  const agents = [agent];
  for (const m of after.slice(first + 1)) {
    const gap = text.slice(agents.at(-1)!.end, m.start);
    if (!AGENT_LIST_GAP.test(gap) && !TITLE_GAP.test(gap) && !AND_BY_BEFORE.test(gap)) break;
    agents.push(m);
  }
  return agents;
}
