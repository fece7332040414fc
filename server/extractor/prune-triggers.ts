/** Stage 3b: drop triggers another trigger already covers: "agreed to a ceasefire" is the ceasefire, "met for talks" the meeting. */
import type { Trigger } from './document-model.js';

/** How far after a support verb its event noun may stand ("signed a peace agreement"). */
const SUPPORT_REACH = 60;

/** "agreed to a ceasefire", "ceasefire agreed", "agreed to convene talks": the agreeing is part of the other event. */
function isSupportVerb(t: Trigger, all: Trigger[], text: string): boolean {
  if (t.type !== 'agreement' || t.form !== 'verb') return false;
  const near = (o: Trigger) => o !== t && o.segment === t.segment && (o.start > t.end ? o.start - t.end : t.start - o.end) <= SUPPORT_REACH;
  return /^\s+to\s+[a-z]/.test(text.slice(t.end, t.end + 20)) || all.some((o) => near(o) && o.form === 'noun');
}

/** "convene talks": the talks are the event; the verb only says who brings the parties together. */
function isConveningVerb(t: Trigger, all: Trigger[]): boolean {
  return t.type === 'talks' && t.form === 'verb' && all.some((o) => o.segment === t.segment && o.type === 'talks' && o.form === 'noun' && o.start > t.end && o.start - t.end <= SUPPORT_REACH);
}

/** "The talks … were mediated by the UN", "talks … were hosted by Egypt": a passive verb of brokering after an event noun says who brokered that event (see find-mediators). */
function isPassiveBrokering(t: Trigger, all: Trigger[], text: string): boolean {
  const passive = /\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start));
  const brokering = /^(?:mediated|brokered|sponsored|hosted|chaired|convened|organi[sz]ed|facilitated)$/i.test(t.text);
  return t.form === 'verb' && passive && brokering && all.some((o) => o.segment === t.segment && o.form === 'noun' && o.end <= t.start);
}

function isMeetingTalks(t: Trigger, all: Trigger[]): boolean {
  return t.type === 'talks' && all.some((o) => o.segment === t.segment && o.type === 'meeting' && o.form === 'verb' && t.start > o.end && t.start - o.end <= SUPPORT_REACH);
}

/** "They agreed that the test will be…": a shared view, not a deal. */
function isAgreedView(t: Trigger, text: string): boolean {
  return t.type === 'agreement' && t.form === 'verb' && /^\s+(?:\w+\s+)?that\b/.test(text.slice(t.end, t.end + 20));
}

/** Triggers that name an event of their own. */
export function pruneTriggers(triggers: Trigger[], text: string): Trigger[] {
  return triggers.filter((t) => !isSupportVerb(t, triggers, text) && !isMeetingTalks(t, triggers) && !isConveningVerb(t, triggers) && !isPassiveBrokering(t, triggers, text) && !isAgreedView(t, text));
}
