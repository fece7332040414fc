import { describe, expect, it } from 'vitest';
import { findPlanRefusal, type PlanNode } from '../../../server/graph/check-console-plan.js';

const op = (operatorType: string, details = '', children: PlanNode[] = []): PlanNode => ({ operatorType, arguments: { Details: details }, children });
const read = (child: PlanNode) => op('ProduceResults@neo4j', 'x', [child]);

describe('findPlanRefusal', () => {
  it('lets a plan of read operators on the database through', () => {
    const plan = read(op('Projection@neo4j', 'date.truncate($a, n.start) AS x', [op('Expand(All)@neo4j', '(a)-[r]->(b)', [op('NodeByLabelScan@neo4j', 'a:Actor')])]));
    expect(findPlanRefusal(plan, 'neo4j')).toBeNull();
  });

  it("checks the parallel runtime's partitioned operators under their base name", () => {
    expect(findPlanRefusal(read(op('PartitionedAllNodesScan@neo4j', 'n')), 'neo4j')).toBeNull();
  });

  it('refuses an operator it does not know, failing closed', () => {
    expect(findPlanRefusal(read(op('SomeFutureOperator@neo4j')), 'neo4j')).toMatch(/SomeFutureOperator is not a read operator/);
  });

  it('refuses a plan on another database, or one that names none', () => {
    expect(findPlanRefusal(op('dbms.showCurrentUser@system'), 'neo4j')).toMatch(/not 'system'/);
    expect(findPlanRefusal(read(op('AllNodesScan', 'n')), 'neo4j')).toMatch(/not 'unknown'/);
  });

  it('refuses write, file and server-state operators deep in the plan, naming them', () => {
    expect(findPlanRefusal(read(op('Apply@neo4j', '', [op('Argument@neo4j'), op('SetProperty@neo4j', 'a.x = 1')])), 'neo4j')).toMatch(/SetProperty/);
    expect(findPlanRefusal(read(op('LoadCSV@neo4j', 'line')), 'neo4j')).toMatch(/LOAD CSV/);
    expect(findPlanRefusal(read(op('ShowSettings@neo4j')), 'neo4j')).toMatch(/SHOW and TERMINATE/);
  });

  it('allows only the allowlisted procedures, by the name Neo4j resolved', () => {
    expect(findPlanRefusal(read(op('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)')), 'neo4j')).toBeNull();
    expect(findPlanRefusal(read(op('ProcedureCall@neo4j', 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)')), 'neo4j')).toBeNull();
    expect(findPlanRefusal(read(op('ProcedureCall@neo4j', 'db.clearQueryCaches() :: (value :: STRING)')), 'neo4j')).toMatch(/db\.clearQueryCaches/);
  });

  it('refuses functions outside the built-in namespaces, in any operator', () => {
    expect(findPlanRefusal(read(op('Projection@neo4j', 'apoc.text.join($a, $b) AS x')), 'neo4j')).toMatch(/function apoc\.text\.join/);
    expect(findPlanRefusal(read(op('ProcedureCall@neo4j', 'db.labels(apoc.do.it()) :: (label :: STRING)')), 'neo4j')).toMatch(/apoc\.do\.it/);
  });
});
