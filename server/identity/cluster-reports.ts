/**
 * Groups reports into events, as a function of the set of reports alone (never of the order they
 * arrive in): every compatible pair is scored, pairs are taken best first (ties by their keys), and
 * two clusters join unless that would put two reports of one article in one event (or, under
 * complete linkage, two incompatible reports).
 */
import { compareKeys, type IdentityReport } from './identity-report.js';
import { IDENTITY_RULE, type IdentityRule } from './identity-rule.js';
import { scoreReportPair } from './score-report-pair.js';
import { toTypeFamily } from './type-family.js';

export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

interface Cluster {
  keys: string[];
  articles: Set<string>;
}

/** Every compatible pair (a < b by key), best first, ties by keys. Only reports of one type family are compared. */
export function scoreCompatiblePairs(reports: IdentityReport[], rule: IdentityRule = IDENTITY_RULE): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  for (const group of groupByFamily(reports, rule)) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const score = scoreReportPair(group[i]!, group[j]!, rule);
        if (score !== null) pairs.push({ a: group[i]!.key, b: group[j]!.key, score });
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score || compareKeys(x.a, y.a) || compareKeys(x.b, y.b));
}

/** The events the reports make, each a sorted list of report keys; the list sorted by its first key. */
export function clusterReports(reports: IdentityReport[], rule: IdentityRule = IDENTITY_RULE): string[][] {
  const clusterOf = new Map<string, Cluster>();
  for (const report of reports) clusterOf.set(report.key, { keys: [report.key], articles: new Set([report.articleId]) });
  const pairs = scoreCompatiblePairs(reports, rule);
  const compatible = new Set(pairs.map((pair) => pairKey(pair.a, pair.b)));
  for (const { a, b } of pairs) {
    const left = clusterOf.get(a)!;
    const right = clusterOf.get(b)!;
    if (left === right || !canJoin(left, right, compatible, rule)) continue;
    const joined: Cluster = { keys: [...left.keys, ...right.keys], articles: new Set([...left.articles, ...right.articles]) };
    joined.keys.forEach((key) => clusterOf.set(key, joined));
  }
  const clusters = [...new Set(clusterOf.values())].map((cluster) => [...cluster.keys].sort(compareKeys));
  return clusters.sort((x, y) => compareKeys(x[0]!, y[0]!));
}

function canJoin(left: Cluster, right: Cluster, compatible: Set<string>, rule: IdentityRule): boolean {
  if ([...left.articles].some((article) => right.articles.has(article))) return false;
  if (!rule.completeLinkage) return true;
  return left.keys.every((a) => right.keys.every((b) => compatible.has(pairKey(a, b))));
}

const pairKey = (a: string, b: string): string => (compareKeys(a, b) < 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`);

// Sorted by key inside each group so the pairs' (a, b) order is the keys' order.
function groupByFamily(reports: IdentityReport[], rule: IdentityRule): IdentityReport[][] {
  const groups = new Map<string, IdentityReport[]>();
  for (const report of reports) {
    const family = toTypeFamily(report.type, report.subtype, rule);
    const group = groups.get(family);
    if (group) group.push(report);
    else groups.set(family, [report]);
  }
  return [...groups.values()].map((group) => [...group].sort((x, y) => compareKeys(x.key, y.key)));
}
