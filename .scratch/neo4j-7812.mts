import { createTestNeo4j } from '/work/wt-scale-import/scripts/neo4j/instances.ts';
const server = createTestNeo4j('/work/wt-scale-import/', 7812, 'test-password-not-secret');
const cmd = process.argv[2];
if (cmd === 'stop') await server.stop(); else console.log(await server.start(), server.uri);
