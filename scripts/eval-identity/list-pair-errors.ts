/** The pairs behind the pairwise score's misses, for error analysis: joined but apart in gold, and apart but joined in gold. */

export interface PairErrors {
  wronglyJoined: [string, string][];
  missed: [string, string][];
}

/** Lists the pairs on which two partitions of the same items disagree, each pair and list sorted. */
export function listPairErrors(gold: string[][], predicted: string[][]): PairErrors {
  const goldPairs = listPairs(gold);
  const predictedPairs = listPairs(predicted);
  const without = (pairs: Map<string, [string, string]>, other: Map<string, [string, string]>) =>
    [...pairs].filter(([key]) => !other.has(key)).map(([, pair]) => pair).sort((a, b) => a.join().localeCompare(b.join()));
  return { wronglyJoined: without(predictedPairs, goldPairs), missed: without(goldPairs, predictedPairs) };
}

function listPairs(clusters: string[][]): Map<string, [string, string]> {
  const pairs = new Map<string, [string, string]>();
  for (const cluster of clusters) {
    const sorted = [...cluster].sort();
    sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => pairs.set(JSON.stringify([a, b]), [a, b])));
  }
  return pairs;
}
