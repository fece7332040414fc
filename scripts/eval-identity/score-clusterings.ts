/**
 * Scores a predicted clustering of items against a gold one, both partitions of the same items
 * (a lone item is a cluster of one). Pairwise: precision and recall of the item pairs put together.
 * B-cubed (Bagga and Baldwin 1998): each item's share of its predicted cluster that is right
 * (precision) and of its gold cluster that was found (recall), averaged over the items.
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScores {
  items: number;
  goldPairs: number;
  predictedPairs: number;
  /** Pairs together in both clusterings. */
  correctPairs: number;
  pairwise: Scores;
  bcubed: Scores;
}

/** Scores `predicted` against `gold`; throws when they are not partitions of the same items. */
export function scoreClusterings(gold: string[][], predicted: string[][]): ClusteringScores {
  const goldOf = indexClusters(gold, 'gold');
  const predictedOf = indexClusters(predicted, 'predicted');
  checkSameItems(goldOf, predictedOf);
  const cells = countOverlaps(goldOf, predictedOf);
  const items = goldOf.size;
  const correctPairs = sum(cells.map(({ shared }) => countPairs(shared)));
  const goldPairs = sum(gold.map((cluster) => countPairs(cluster.length)));
  const predictedPairs = sum(predicted.map((cluster) => countPairs(cluster.length)));
  return {
    items,
    goldPairs,
    predictedPairs,
    correctPairs,
    // No pair claimed is no pair wrong, and no pair to find is none missed: both count as 1.
    pairwise: toScores(predictedPairs === 0 ? 1 : correctPairs / predictedPairs, goldPairs === 0 ? 1 : correctPairs / goldPairs),
    bcubed: toScores(
      items === 0 ? 1 : sum(cells.map(({ shared, predicted: p }) => (shared * shared) / predicted[p]!.length)) / items,
      items === 0 ? 1 : sum(cells.map(({ shared, gold: g }) => (shared * shared) / gold[g]!.length)) / items,
    ),
  };
}

/** Precision and recall with their F1 (0 when both are 0). */
function toScores(precision: number, recall: number): Scores {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

interface Overlap {
  gold: number;
  predicted: number;
  /** Items the two clusters share: every figure is a sum over these. */
  shared: number;
}

function countOverlaps(goldOf: Map<string, number>, predictedOf: Map<string, number>): Overlap[] {
  const overlaps = new Map<string, Overlap>();
  for (const [item, gold] of goldOf) {
    const predicted = predictedOf.get(item)!;
    const overlap = overlaps.get(`${gold}/${predicted}`) ?? { gold, predicted, shared: 0 };
    overlap.shared += 1;
    overlaps.set(`${gold}/${predicted}`, overlap);
  }
  return [...overlaps.values()];
}

function indexClusters(clusters: string[][], name: string): Map<string, number> {
  const clusterOf = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    if (cluster.length === 0) throw new Error(`scoreClusterings: ${name} cluster ${index + 1} is empty`);
    for (const item of cluster) {
      if (clusterOf.has(item)) throw new Error(`scoreClusterings: ${name} clustering holds ${item} twice`);
      clusterOf.set(item, index);
    }
  });
  return clusterOf;
}

function checkSameItems(goldOf: Map<string, number>, predictedOf: Map<string, number>): void {
  const onlyGold = [...goldOf.keys()].filter((item) => !predictedOf.has(item));
  const onlyPredicted = [...predictedOf.keys()].filter((item) => !goldOf.has(item));
  if (onlyGold.length > 0) throw new Error(`scoreClusterings: the predicted clustering lacks ${onlyGold.join(', ')}`);
  if (onlyPredicted.length > 0) throw new Error(`scoreClusterings: the gold clustering lacks ${onlyPredicted.join(', ')}`);
}

const countPairs = (n: number) => (n * (n - 1)) / 2;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
