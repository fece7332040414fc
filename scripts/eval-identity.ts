/**
 * `npm run eval:identity`: scores cross-article event identity. Ingests a folder of gold extraction
 * documents into the tests' Neo4j (NEO4J_TEST_PORT; emptied first, started when not running and
 * stopped after), reads back which gold events share an event node, and prints pairwise and B-cubed
 * precision, recall and F1 against a cluster file, the summary last.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { createNeo4jDriver } from '../server/graph/driver.js';
import { buildGoldClustering } from './eval-identity/build-gold-clustering.js';
import { evaluateIdentity } from './eval-identity/evaluate-identity.js';
import { formatIdentityReport } from './eval-identity/format-identity-report.js';
import { readClusterFile, readGoldDocuments } from './eval-identity/read-identity-inputs.js';
import { createTestNeo4j, readTestBoltPort, TEST_NEO4J_PASSWORD } from './neo4j/instances.js';
import { projectRoot, runCli } from './run-cli.js';

interface EvalIdentityOptions {
  dir: string;
  clusters: string;
  showErrors: boolean;
}

async function evaluate(options: EvalIdentityOptions): Promise<void> {
  // The inputs are checked before any server starts: a wrong path fails at once.
  const clusterFile = readClusterFile(resolve(projectRoot, options.clusters));
  const documents = readGoldDocuments(resolve(projectRoot, options.dir), clusterFile.articles);
  buildGoldClustering(documents, clusterFile);
  const server = createTestNeo4j(projectRoot, readTestBoltPort(), TEST_NEO4J_PASSWORD);
  const outcome = await server.start((line) => process.stderr.write(`neo4j: ${line}\n`));
  const driver = createNeo4jDriver({ uri: server.uri, user: 'neo4j', password: TEST_NEO4J_PASSWORD, database: 'neo4j' });
  try {
    const evaluation = await evaluateIdentity(driver, 'neo4j', documents, clusterFile);
    process.stdout.write(`${formatIdentityReport(evaluation, documents, options.showErrors).join('\n')}\n`);
  } finally {
    await driver.close();
    // A server this run found running (a test run's or a developer's) is left running.
    if (outcome === 'started') await server.stop();
  }
}

const program = new Command()
  .name('eval:identity')
  .description("Score cross-article event identity: ingest gold documents into the tests' Neo4j (emptied first) and compare its event nodes with gold clusters")
  .option('--dir <dir>', 'folder of gold extraction documents (*.gold.json)', '../shared/eval/dev')
  .option('--clusters <file>', 'cluster file: { "clusters": [ { "members": [ { "article", "event" } ] } ] }', '../shared/eval/identity/clusters-dev.json')
  .option('--show-errors', 'also list every pair wrongly joined and every pair missed', false)
  .action((options: EvalIdentityOptions) => runCli(() => evaluate(options)));

await program.parseAsync();
