/**
 * Decides from Neo4j's own plan (`EXPLAIN`) whether a console query only reads the domain graph:
 * every operator must be a read operator, on the console's database, calling only allowlisted
 * procedures and built-in functions. The query text is never inspected: comments, case, escapes
 * and subqueries are gone once Neo4j has planned it. Community Edition has no roles, so this is the guard.
 */

/** The part of the driver's `Plan` read here. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

// Neo4j 5 operators that only read (https://neo4j.com/docs/cypher-manual/5/planning-and-tuning/operators/);
// the parallel runtime's `Partitioned…` variants are checked under their base name.
const READ_OPERATORS = new Set([
  'ProduceResults', 'Projection', 'Filter', 'Limit', 'Skip', 'Sort', 'PartialSort', 'Top', 'PartialTop',
  'Distinct', 'OrderedDistinct', 'EagerAggregation', 'OrderedAggregation', 'Unwind', 'Eager', 'EmptyResult', 'CacheProperties',
  'Argument', 'ArgumentTracker', 'EmptyRow', 'Optional', 'Anti', 'Union', 'OrderedUnion', 'ProjectEndpoints',
  'Apply', 'SemiApply', 'AntiSemiApply', 'LetSemiApply', 'LetAntiSemiApply', 'SelectOrSemiApply',
  'SelectOrAntiSemiApply', 'LetSelectOrSemiApply', 'LetSelectOrAntiSemiApply', 'RollUpApply', 'CartesianProduct',
  'NodeHashJoin', 'ValueHashJoin', 'NodeLeftOuterHashJoin', 'NodeRightOuterHashJoin',
  'TriadicSelection', 'TriadicBuild', 'TriadicFilter', 'NullifyMetadata', 'Repeat(Trail)', 'Repeat(Walk)',
  'Expand(All)', 'Expand(Into)', 'OptionalExpand(All)', 'OptionalExpand(Into)', 'VarLengthExpand(All)',
  'VarLengthExpand(Into)', 'VarLengthExpand(Pruning)', 'VarLengthExpand(Pruning,BFS)', 'ShortestPath',
  'StatefulShortestPath(All)', 'StatefulShortestPath(Into)',
  'AllNodesScan', 'NodeByLabelScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan', 'NodeByIdSeek', 'NodeByElementIdSeek', 'NodeIndexSeek', 'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange', 'NodeIndexScan', 'NodeIndexContainsScan',
  'NodeIndexEndsWithScan', 'MultiNodeIndexSeek', 'NodeCountFromCountStore', 'RelationshipCountFromCountStore',
  ...['Directed', 'Undirected'].flatMap((direction) =>
    ['AllRelationshipsScan', 'RelationshipTypeScan', 'RelationshipTypesScan', 'UnionRelationshipTypesScan',
      'RelationshipByIdSeek', 'RelationshipByElementIdSeek', 'RelationshipIndexSeek', 'RelationshipIndexSeekByRange',
      'RelationshipIndexScan', 'RelationshipIndexContainsScan', 'RelationshipIndexEndsWithScan',
    ].map((operator) => `${direction}${operator}`),
  ),
  'ProcedureCall',
]);

// What the console's autocompletion needs, and full-text search; nothing that reads the server or changes it.
const ALLOWED_PROCEDURES = new Set([
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys', 'db.schema.visualization',
  'db.schema.nodeTypeProperties', 'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships',
]);

// Built-in namespaced functions, all without side effects; a plugin's functions (apoc.*) are refused.
const ALLOWED_FUNCTION_NAMESPACES = ['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point', 'vector'];

// Why the operators a hostile query tends to reach are refused, in words a console user understands.
const REFUSED_BECAUSE: Record<string, string> = {
  AdministrationCommand: 'administration commands (users, roles, databases, privileges) are not run here',
  LoadCSV: 'LOAD CSV reads files and URLs, not the graph',
  Foreach: 'FOREACH only writes',
  TransactionForeach: 'CALL { … } IN TRANSACTIONS only writes',
  TransactionApply: 'CALL { … } IN TRANSACTIONS only writes',
  SubqueryForeach: 'a subquery without RETURN only writes',
};

/** Why the plan may not run in the console, or null when it only reads `database`. */
export function findPlanRefusal(plan: PlanNode, database: string): string | null {
  const [operator, planDatabase] = splitOperatorType(plan.operatorType);
  if (planDatabase !== database) return `Only the database '${database}' is read here, not '${planDatabase ?? 'unknown'}'.`;
  const refusal = refuseOperator(operator, details(plan));
  if (refusal) return `Only read queries over the graph run here: ${refusal}.`;
  for (const child of plan.children) {
    const childRefusal = findPlanRefusal(child, database);
    if (childRefusal) return childRefusal;
  }
  return null;
}

// `ProduceResults@neo4j`: the operator and the database it runs on (a system-database plan names its procedure).
function splitOperatorType(operatorType: string): [string, string | undefined] {
  const at = operatorType.lastIndexOf('@');
  return at < 0 ? [operatorType, undefined] : [operatorType.slice(0, at), operatorType.slice(at + 1)];
}

function details(plan: PlanNode): string {
  const value = plan.arguments.Details;
  return typeof value === 'string' ? value : '';
}

function refuseOperator(operator: string, text: string): string | null {
  if (REFUSED_BECAUSE[operator]) return REFUSED_BECAUSE[operator];
  if (/^(Show|Terminate)/.test(operator)) return `${operator} shows or stops the server's state (SHOW and TERMINATE commands are not run here)`;
  if (!READ_OPERATORS.has(operator.replace(/^Partitioned/, ''))) return `${operator} is not a read operator`;
  if (operator !== 'ProcedureCall') return refuseFunctions(text);
  // `db.labels() :: (label :: STRING)`: the resolved name comes first, whatever the query's spelling.
  const procedure = /^\s*([\w.]+)\s*\(/.exec(text)?.[1];
  if (!procedure || !ALLOWED_PROCEDURES.has(procedure)) {
    return `the procedure ${procedure ?? '(unnamed)'} is not one of ${[...ALLOWED_PROCEDURES].join(', ')}`;
  }
  return refuseFunctions(text.slice(text.indexOf('(')));
}

// A namespaced call in an operator's details (`apoc.text.join(…)`); literals are parameters there, so no string hides one.
function refuseFunctions(text: string): string | null {
  for (const [, name] of text.matchAll(/(?<![\w.`$])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*\(/g)) {
    if (!ALLOWED_FUNCTION_NAMESPACES.includes(name!.split('.')[0]!)) return `the function ${name} is not a built-in one`;
  }
  return null;
}
