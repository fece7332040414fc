/**
 * Runs the explorer as `npm run serve` does (scripts/start.ts --skip-seeds) in a child process on a
 * free loopback port, so the load generator does not share its event loop, and stops it after.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Neo4jConnection } from '../../server/graph/driver.js';

export interface SpawnedExplorer {
  url: string;
  /** The server process, to read its memory. */
  pid: number;
  stop(): Promise<void>;
}

const READY = /Explorer ready at (http:\/\/\S+)/;
const START_TIMEOUT_MS = 180_000;

export function spawnExplorer(root: string, connection: Neo4jConnection, port: number): Promise<SpawnedExplorer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'start.ts'), '--skip-seeds'], {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      // The mix never ingests, so no language service is started; this address is never called.
      CORENLP_URL: 'http://127.0.0.1:9',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error('the explorer did not start in 180 s'))), START_TIMEOUT_MS);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = READY.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ url: ready[1]!, pid: child.pid!, stop });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the explorer exited before it was ready:\n${output}`));
    });
  });
}
