/** The lines `npm run eval:identity` prints: counts, pairwise and B-cubed figures, optionally the pairs it got wrong, the summary last. */
import type { Extraction } from '../../server/contract/extraction.js';
import { toEventKey } from './build-gold-clustering.js';
import type { IdentityEvaluation } from './evaluate-identity.js';

const fmt = (value: number) => value.toFixed(3);

/** The report; with `showErrors`, each wrongly joined and each missed pair, described from the gold documents. */
export function formatIdentityReport(evaluation: IdentityEvaluation, documents: Extraction[], showErrors: boolean): string[] {
  const { articles, gold, predicted, scores, errors } = evaluation;
  const { pairwise, bcubed } = scores;
  const goldGroups = gold.filter((cluster) => cluster.length > 1).length;
  const lines = [
    `identity: ${articles} articles, ${scores.items} gold events in ${goldGroups} clusters of two or more (${scores.goldPairs} pairs); ${predicted.length} event nodes`,
    `pairwise: precision ${fmt(pairwise.precision)} recall ${fmt(pairwise.recall)} f1 ${fmt(pairwise.f1)} ` +
      `(${scores.correctPairs} of ${scores.predictedPairs} joined pairs right, ${scores.goldPairs} to find)`,
    `b-cubed:  precision ${fmt(bcubed.precision)} recall ${fmt(bcubed.recall)} f1 ${fmt(bcubed.f1)}`,
  ];
  if (showErrors) {
    const describe = describeEvents(documents);
    const show = (label: string) => ([a, b]: [string, string]) => `${label}:\n  ${describe.get(a)}\n  ${describe.get(b)}`;
    lines.push(...errors.wronglyJoined.map(show('wrongly joined')), ...errors.missed.map(show('missed')));
  }
  lines.push(
    `summary: articles=${articles} events=${scores.items} nodes=${predicted.length} pairwise_p=${fmt(pairwise.precision)} ` +
      `pairwise_r=${fmt(pairwise.recall)} pairwise_f1=${fmt(pairwise.f1)} bcubed_f1=${fmt(bcubed.f1)}`,
  );
  return lines;
}

// "article e3 talks occurred 2016-02-01..2016-02-05 (week) Geneva [un:mediator, …]: summary"
function describeEvents(documents: Extraction[]): Map<string, string> {
  return new Map(
    documents.flatMap((doc) =>
      doc.events.map((event) => {
        const { start, end, precision } = event.date;
        const date = precision === 'unknown' ? 'undated' : `${start}..${end} (${precision})`;
        const who = event.participants.map(({ actor, role }) => `${actor}:${role}`).join(', ');
        const type = event.subtype ? `${event.type}/${event.subtype}` : event.type;
        return [toEventKey(doc.article.id, event.id), `${doc.article.id} ${event.id} ${type} ${event.status} ${date} ${event.place ?? '-'} [${who}]: ${event.summary}`];
      }),
    ),
  );
}
