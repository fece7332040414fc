/** Stage 3b: drop triggers another trigger already covers: "agreed to a ceasefire" is the ceasefire, "met for talks" the meeting. */
import type { Trigger } from './document-model.js';

/** How far after a support verb its event noun may stand ("signed a peace agreement"). */
const SUPPORT_REACH = 60;

function isSupportVerb(t: Trigger, all: Trigger[]): boolean {
  return t.type === 'agreement' && t.form === 'verb' && all.some((o) => o !== t && o.segment === t.segment && o.form === 'noun' && o.start > t.end && o.start - t.end <= SUPPORT_REACH);
}

function isMeetingTalks(t: Trigger, all: Trigger[]): boolean {
  return t.type === 'talks' && all.some((o) => o.segment === t.segment && o.type === 'meeting' && o.form === 'verb');
}

/** Triggers that name an event of their own. */
export function pruneTriggers(triggers: Trigger[]): Trigger[] {
  return triggers.filter((t) => !isSupportVerb(t, triggers) && !isMeetingTalks(t, triggers));
}
