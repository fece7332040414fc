/**
 * Who brokers or carries out an event named by a noun, in a passive phrase after it
 * ("The talks, sponsored by Moscow and Ankara, …", "the talks … were mediated by the UN envoy", "The offensive, launched by Turkey, …").
 */
import type { Mention, Trigger } from '../document-model.js';

const BROKERING = 'brokered|mediated|sponsored|hosted|chaired|convened|organi[sz]ed|facilitated';
const ACTING = 'launched|carried out|conducted|led|staged|waged|imposed|signed|reached|adopted|drafted|declared|ordered';
/** The verb before its agent, a few title words apart: "sponsored by", "were mediated by UN envoy", "co-chaired by the", "launched by". */
const AGENT_BEFORE = new RegExp(String.raw`(?:^|[\s,])(?:(?:was|were|is|are|been|being)\s+)?(?:[a-z]+ly\s+)?(?:co-)?(${BROKERING}|${ACTING})\s+by\s+(?:[\w.'’-]+\s+){0,3}$`, 'i');
const BROKERING_VERB = new RegExp(`^(?:${BROKERING})$`, 'i');
/** Actors listed after the first agent: "by Moscow and Ankara", "by Russia, Turkey, and by Iran". */
const AGENT_LIST_GAP = /^\s*(?:,|and|, and)\s+(?:by\s+)?(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}$/;
/** A second "by" phrase after a parenthetical: "sponsored by Moscow and Ankara, who back opposing sides, and by Tehran". */
const AND_BY_BEFORE = /\band\s+by\s+(?:the\s+)?$/i;
/** An apposition or title between agents' names ("UN envoy Martin Griffiths"). */
const TITLE_GAP = /^\s+(?:[a-z][\w-]*\s+){0,2}$/;

export interface PassiveAgents {
  agents: Mention[];
  /** The verb brokers the event (its agents mediate) rather than carrying it out. */
  brokering: boolean;
}

/** The agents of a passive phrase after an event noun in its clause, unless another event's noun comes first. */
export function passiveAgents(trigger: Trigger, mentions: Mention[], text: string, triggers: Trigger[]): PassiveAgents {
  const after = mentions.filter((m) => m.start >= trigger.end);
  const verbs = after.map((m) => AGENT_BEFORE.exec(text.slice(Math.max(trigger.end, m.start - 60), m.start))?.[1]);
  const first = verbs.findIndex((v) => v !== undefined);
  const agent = after[first];
  // A noun of another event between them claims the phrase ("talks on the truce brokered by Egypt"); a verb does not.
  if (!agent || triggers.some((t) => t !== trigger && t.form === 'noun' && t.start >= trigger.end && t.end <= agent.start)) return { agents: [], brokering: false };
  const agents = [agent];
  for (const m of after.slice(first + 1)) {
    const gap = text.slice(agents.at(-1)!.end, m.start);
    if (!AGENT_LIST_GAP.test(gap) && !TITLE_GAP.test(gap) && !AND_BY_BEFORE.test(gap)) break;
    agents.push(m);
  }
  return { agents, brokering: BROKERING_VERB.test(verbs[first] ?? '') };
}
