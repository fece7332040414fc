/** The predicted side of the identity score: which reports the graph joined into one event node. */
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../server/graph/cypher-files.js';
import { toEventKey } from './build-gold-clustering.js';

/** Each event node reported in the articles, as the keys of its reports (article id, the article's own event id). */
export async function readPredictedClustering(driver: Driver, database: string, articleIds: string[]): Promise<string[][]> {
  const { records } = await driver.executeQuery(loadCypher('eval-identity/event-reports'), { articleIds }, { database });
  const nodeOf = new Map<string, string>();
  return records.map((record) => {
    const node = record.get('event') as string;
    const reports = record.get('reports') as [string, string | null][];
    return reports.map(([article, localId]) => {
      // A report without its local id cannot be told from the others: the graph predates cross-article identity.
      if (localId === null) throw new Error(`event ${node}: its report in ${article} has no localId on REPORTED_IN`);
      const key = toEventKey(article, localId);
      const other = nodeOf.get(key);
      if (other !== undefined) throw new Error(`event ${localId} of ${article} is reported by two event nodes, ${other} and ${node}`);
      nodeOf.set(key, node);
      return key;
    });
  });
}
