/**
 * Scores cross-article event identity end to end: ingests gold extraction documents into an emptied
 * graph through the real ingest, reads back which of their events share an event node, and scores
 * that against the gold clusters.
 */
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../server/contract/extraction.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { ingestExtractions } from '../../server/graph/ingest-extraction.js';
import { clearGraph } from '../bench/load-synthetic-graph.js';
import { INGEST_BATCH_ARTICLES } from '../ingest/ingest-files.js';
import { buildGoldClustering } from './build-gold-clustering.js';
import { listPairErrors, type PairErrors } from './list-pair-errors.js';
import type { ClusterFile } from './read-identity-inputs.js';
import { readPredictedClustering } from './read-predicted-clustering.js';
import { scoreClusterings, type ClusteringScores } from './score-clusterings.js';

export interface IdentityEvaluation {
  articles: number;
  gold: string[][];
  predicted: string[][];
  scores: ClusteringScores;
  errors: PairErrors;
}

/** Empties the database behind `driver` (it must be one kept for tests), then ingests, reads back and scores. */
export async function evaluateIdentity(driver: Driver, database: string, documents: Extraction[], clusterFile: ClusterFile): Promise<IdentityEvaluation> {
  // A cluster file naming events the documents lack fails here, before the database is emptied.
  buildGoldClustering(documents, clusterFile);
  await loadGoldDocuments(driver, database, documents);
  return scoreGraphIdentity(driver, database, documents, clusterFile);
}

/** Empties the database and ingests the documents into it. */
export async function loadGoldDocuments(driver: Driver, database: string, documents: Extraction[]): Promise<void> {
  await clearGraph(driver, database);
  await applyMigrations(driver, database);
  // Batched as `npm run ingest` batches, so identity is scored on the path real ingests take.
  for (let from = 0; from < documents.length; from += INGEST_BATCH_ARTICLES) {
    const batch = documents.slice(from, from + INGEST_BATCH_ARTICLES).map((doc) => ({ doc, text: null }));
    await ingestExtractions(driver, database, batch);
  }
}

/** Scores the event nodes the graph holds for the documents' articles against the cluster file. */
export async function scoreGraphIdentity(driver: Driver, database: string, documents: Extraction[], clusterFile: ClusterFile): Promise<IdentityEvaluation> {
  const gold = buildGoldClustering(documents, clusterFile);
  const predicted = await readPredictedClustering(driver, database, documents.map((doc) => doc.article.id));
  return { articles: documents.length, gold, predicted, scores: scoreClusterings(gold, predicted), errors: listPairErrors(gold, predicted) };
}
