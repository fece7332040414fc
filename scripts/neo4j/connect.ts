/** Where the project's Neo4j is: the server NEO4J_URI names, else the local demo server, started when needed. */
import type { Config } from '../../server/config.js';
import type { Neo4jConnection } from '../../server/graph/driver.js';
import { createDemoNeo4j } from './instances.js';
import { LocalNeo4jError } from './local-neo4j-error.js';

/** `log` hears the local server's start-up phases. */
export async function connectNeo4j(config: Config, root: string, log: (line: string) => void = () => {}): Promise<Neo4jConnection> {
  const { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database } = config;
  if (uri) {
    if (!password) throw new LocalNeo4jError('NEO4J_PASSWORD is required when NEO4J_URI is set');
    return { uri, user, password, database };
  }
  const local = createDemoNeo4j(root, password);
  await local.start(log);
  return { uri: local.uri, user: 'neo4j', password: local.password, database };
}
