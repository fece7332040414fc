/** Fetches the Neo4j server jars from Maven Central once, then reuses them while the pom is unchanged. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { firstErrorLine } from '../local-process.js';
import { LocalNeo4jError } from './local-neo4j-error.js';

const run = promisify(execFile);

/** Makes sure `<root>/.neo4j/lib` holds the jars `scripts/neo4j/pom.xml` names; returns that folder. `log` hears a fetch. */
export async function ensureNeo4jJars(root: string, log: (line: string) => void = () => {}): Promise<string> {
  const pom = join(root, 'scripts', 'neo4j', 'pom.xml');
  const lib = join(root, '.neo4j', 'lib');
  const stampFile = join(lib, '.stamp');
  const stamp = createHash('sha256').update(readFileSync(pom)).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return lib;
  await requireTool('mvn', ['-v'], 'Maven is not on PATH: install it (apt-get install maven) or set NEO4J_URI to a running Neo4j 5');
  mkdirSync(lib, { recursive: true });
  log('fetching the Neo4j jars from Maven Central (first run: about a minute)');
  try {
    await run(
      'mvn',
      ['-B', '-q', '-f', pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', '-Dmdep.prependGroupId=true',
        `-DoutputDirectory=${lib}`, '-Dmaven.wagon.http.retryHandler.count=3'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    throw new LocalNeo4jError(`Maven could not fetch Neo4j from Maven Central: ${firstErrorLine(error)}`);
  }
  writeFileSync(stampFile, stamp);
  return lib;
}

/** Fails with `message` when `command` cannot be run. */
export async function requireTool(command: string, args: string[], message: string): Promise<void> {
  try {
    await run(command, args);
  } catch {
    throw new LocalNeo4jError(message);
  }
}
