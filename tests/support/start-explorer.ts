/** Serves the explorer in-process on a free local port, against a given Neo4j, for browser tests. */
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { buildApp } from '../../server/app.js';
import { parseConfig } from '../../server/config.js';
import { createNeo4jDriver, type Neo4jConnection } from '../../server/graph/driver.js';

export interface RunningExplorer {
  /** The app's base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  driver: Driver;
  database: string;
  close(): Promise<void>;
}

/** Builds the app with its own driver and listens on 127.0.0.1 at a port the system picks; `env` adds settings. */
export async function startExplorer(connection: Neo4jConnection, clientDir: string, env: Record<string, string> = {}): Promise<RunningExplorer> {
  const driver = createNeo4jDriver(connection);
  const config = parseConfig({ LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...env });
  const app = await buildApp(config, { driver, database: connection.database, consoleConnection: connection, clientDir });
  await app.listen({ host: config.HOST, port: config.PORT });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    driver,
    database: connection.database,
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}
