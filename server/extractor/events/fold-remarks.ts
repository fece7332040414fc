/** Stage 6b: a quotation with no addressee is no statement of its own (the benchmark's guidelines): it joins the statement its speaker made. */
import type { NlpDocument } from '../nlp/nlp-document.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import { sentenceAt, spanHead } from '../nlp/sentence-tree.js';
import { datesCompatible, isRepeated, type MergedEvent } from './merge-events.js';

/** The relations by which a clause makes a word act or suffer. */
const ARGUMENT = /^(nsubj|nsubj:pass|obj|iobj)$/;

/** A quotation with its speakers and no addressee: a remark ("'…,' he told reporters"), which the guidelines count as no statement of its own. */
function isRemark(e: MergedEvent, text: string, nlp: NlpDocument): boolean {
  if (e.trigger.type !== 'statement' || e.trigger.form !== 'verb' || !e.participants.length || e.participants.some((p) => p.role !== 'source')) return false;
  // The sentence opens with the quotation, or the quoted words end in a closing mark after their punctuation, then the speaker: `…important," Erdogan told`.
  const quoted = (before: string) => /^\s*["“]/.test(before) || /[,.!?…]["”]\s+[^"“”]{0,60}$/.test(before);
  if (!e.evidence.every((v) => quoted(text.slice(v.start, e.trigger.start)))) return false;
  const sentence = sentenceAt(nlp, e.trigger.start);
  const head = sentence && spanHead(sentence.tokens, e.trigger);
  // "'…the Russians have made constructive ideas,' Kerry told reporters": quoted words that make a named actor act or suffer speak to it.
  const quoteEnd = Math.max(text.lastIndexOf('"', e.trigger.start), text.lastIndexOf('”', e.trigger.start));
  const namesActor = sentence?.tokens.some((t) => t.end <= quoteEnd && t.ner !== 'O' && ARGUMENT.test(t.rel));
  return !!head && !namesActor && lexicons.speech.reporting.includes(head.lemma.toLowerCase());
}

/**
 * Events with each remark folded into the nearest other statement its speakers made on a compatible date:
 * "Ban condemned the siege … 'It is a war crime,' he told reporters", "he invited donors to help … 'We must work for peace,' he added".
 */
export function foldRemarks(merged: MergedEvent[], text: string, nlp: NlpDocument): MergedEvent[] {
  const remarks = new Set(merged.filter((e) => isRemark(e, text, nlp)));
  const addressed = merged.filter((e) => e.trigger.type === 'statement' && !remarks.has(e));
  const distance = (a: MergedEvent, b: MergedEvent) => Math.abs(a.trigger.start - b.trigger.start);
  return merged.filter((remark) => {
    if (!remarks.has(remark)) return true;
    const spoken = addressed.filter((e) => datesCompatible(e.date, remark.date) && isRepeated(remark.participants, e.participants));
    const statement = spoken.sort((a, b) => distance(a, remark) - distance(b, remark))[0];
    if (!statement) return true;
    for (const e of remark.evidence) if (!statement.evidence.some((v) => v.start === e.start)) statement.evidence.push(e);
    return false;
  });
}
