import neo4j from 'neo4j-driver';
import { clearGraph } from '../scripts/bench/load-synthetic-graph.ts';
const d = neo4j.driver('bolt://127.0.0.1:7812', neo4j.auth.basic('neo4j','test-password-not-secret'));
await clearGraph(d, 'neo4j');
await d.close();
