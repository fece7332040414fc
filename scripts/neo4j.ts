/** `npm run neo4j:start|stop|status`: the local demo Neo4j server. */
import { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { createDemoNeo4j } from './neo4j/instances.js';
import { projectRoot, runCli } from './run-cli.js';

const program = new Command('neo4j').description('the local Neo4j server of the demo');

const demo = async () => createDemoNeo4j(projectRoot, (await loadConfig()).NEO4J_PASSWORD);

program.command('start').description('start it (reused when already running) and wait until Bolt answers').action(async () => {
  const server = await demo();
  console.log(`Neo4j ${await server.start((line) => console.log(line))} at ${server.uri} (home ${server.home})`);
});
program.command('stop').description('stop it cleanly').action(async () => {
  console.log(`Neo4j ${await (await demo()).stop()}`);
});
program.command('status').description('say whether it runs').action(async () => {
  const server = await demo();
  console.log(`Neo4j ${await server.status()} (${server.uri}, log ${server.logFile})`);
});

await runCli(() => program.parseAsync());
