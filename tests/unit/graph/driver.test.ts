import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config.js';
import { toConsoleConnection } from '../../../server/graph/driver.js';

const connection = { uri: 'neo4j+s://x.databases.neo4j.io', user: 'neo4j', password: 'admin-password', database: 'neo4j' };

describe('toConsoleConnection', () => {
  it("is the main connection when no console account is configured", () => {
    expect(toConsoleConnection(parseConfig({}), connection)).toEqual(connection);
  });

  it("uses the console's own account on the same server", () => {
    const config = parseConfig({ NEO4J_CONSOLE_USER: 'reader', NEO4J_CONSOLE_PASSWORD: 'reader-password' });
    expect(toConsoleConnection(config, connection)).toEqual({ ...connection, user: 'reader', password: 'reader-password' });
  });
});
