/** The gold side of the identity score: the cluster file's clusters, and every other gold event alone. */
import type { Extraction } from '../../server/contract/extraction.js';
import { IdentityInputError, type ClusterFile } from './read-identity-inputs.js';

/** One report of an event: its article and the article's own event id, as one string. */
export const toEventKey = (article: string, event: string): string => JSON.stringify([article, event]);

/** Partitions the documents' events by the cluster file; a member that names no gold event is an error. */
export function buildGoldClustering(documents: Extraction[], clusterFile: ClusterFile): string[][] {
  const events = new Set(documents.flatMap((doc) => doc.events.map((event) => toEventKey(doc.article.id, event.id))));
  const clusters = clusterFile.clusters.map((cluster) => cluster.members.map(({ article, event }) => toEventKey(article, event)));
  const unknown = clusters.flat().filter((key) => !events.has(key));
  if (unknown.length > 0) {
    const named = unknown.map((key) => (JSON.parse(key) as [string, string]).join(' ')).join(', ');
    throw new IdentityInputError(`the cluster file names events the gold documents do not hold: ${named}`);
  }
  const clustered = new Set(clusters.flat());
  return [...clusters, ...[...events].filter((key) => !clustered.has(key)).map((key) => [key])];
}
