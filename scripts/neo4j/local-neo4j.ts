/**
 * A Neo4j 5 Community server run from the Maven jars, in its own home under `.neo4j/<name>`.
 * Start is idempotent (a running instance is reused) and waits for Bolt; stop is a clean SIGTERM.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { ensureNeo4jJars, requireTool } from './fetch-jars.js';
import { LocalNeo4jError } from './local-neo4j-error.js';
import { controlByPidFile, isAlive, isPortFree, waitUntil } from '../local-process.js';
import { renderNeo4jConf } from './neo4j-conf.js';

export interface LocalNeo4jOptions {
  root: string;
  name: string;
  boltPort: number;
  password: string;
  heap: string;
  pageCache: string;
}

export interface LocalNeo4j {
  uri: string;
  password: string;
  home: string;
  logFile: string;
  /** `log` hears each phase (fetching jars, starting, waiting for Bolt with the seconds spent). */
  start(log?: (line: string) => void): Promise<'started' | 'already running'>;
  stop(): Promise<'stopped' | 'not running'>;
  status(): Promise<'running' | 'stopped'>;
}

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

// The JVM flags the official 5.x launcher adds from neo4j.conf; we bypass that launcher.
const JVM_FLAGS = [
  '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+DisableExplicitGC', '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8', '-Djdk.nio.maxCachedBufferSize=1024', '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true', '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--enable-native-access=ALL-UNNAMED',
];

export function createLocalNeo4j(options: LocalNeo4jOptions): LocalNeo4j {
  const home = join(options.root, '.neo4j', options.name);
  const pidFile = join(home, 'run', 'server.pid');
  // Neo4j writes its own pid file too: it still finds a server whose starter died before writing ours.
  const pidFiles = [pidFile, join(home, 'run', 'neo4j.pid')];
  const logFile = join(home, 'logs', 'console.log');
  const uri = `bolt://127.0.0.1:${options.boltPort}`;

  const runningPid = (): number | null => {
    for (const file of pidFiles.filter((f) => existsSync(f))) {
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (isOurServer(pid, home)) return pid;
    }
    return null;
  };

  async function start(log: (line: string) => void = () => {}): Promise<'started' | 'already running'> {
    if (runningPid() !== null) {
      await waitForBolt(uri, options.password, () => runningPid() !== null, logFile, log);
      return 'already running';
    }
    await requireTool('java', ['-version'], 'Java 17 is not on PATH: install it (apt-get install openjdk-17-jre-headless) or set NEO4J_URI to a running Neo4j 5');
    if (!(await isPortFree(options.boltPort))) {
      throw new LocalNeo4jError(`Port ${options.boltPort} on 127.0.0.1 is taken by another process: stop it or set NEO4J_URI to that server`);
    }
    const lib = await ensureNeo4jJars(options.root, log);
    prepareHome(home, options);
    if (!existsSync(join(home, 'data', 'databases', 'system'))) await setInitialPassword(lib, home, options.password);
    const pid = spawnServer(lib, home, logFile, options.heap);
    writeFileSync(pidFile, String(pid));
    log(`starting Neo4j (pid ${pid}, log ${logFile})`);
    await waitForBolt(uri, options.password, () => isAlive(pid), logFile, log);
    return 'started';
  }

  const { stop, status } = controlByPidFile(runningPid, pidFile, STOP_TIMEOUT_MS);
  return { uri, password: options.password, home, logFile, start, stop, status };
}

function prepareHome(home: string, options: LocalNeo4jOptions): void {
  for (const dir of ['conf', 'data', 'logs', 'run', 'import']) mkdirSync(join(home, dir), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), renderNeo4jConf({ boltPort: options.boltPort, pageCache: options.pageCache }));
}

async function setInitialPassword(lib: string, home: string, password: string): Promise<void> {
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
  try {
    await promisify(execFile)('java', ['-cp', join(lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], { env });
  } catch (error) {
    throw new LocalNeo4jError(`Could not set the initial Neo4j password: ${String((error as { stderr?: string }).stderr ?? error).trim()}`);
  }
}

function spawnServer(lib: string, home: string, logFile: string, heap: string): number {
  const log = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_FLAGS, '-cp', join(lib, '*'), 'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`, `--config-dir=${join(home, 'conf')}`, '--console-mode'],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start java for Neo4j');
  return child.pid;
}

// A JVM start takes 20–40 s on two cores: a line every few seconds shows it is not hung.
const WAIT_REPORT_EVERY_MS = 5_000;

async function waitForBolt(uri: string, password: string, alive: () => boolean, logFile: string, log: (line: string) => void): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000 });
  const started = Date.now();
  let reported = started;
  let lastError: unknown;
  try {
    const ready = await waitUntil(async () => {
      if (Date.now() - reported >= WAIT_REPORT_EVERY_MS) {
        reported = Date.now();
        log(`waiting for Bolt on ${uri}: ${Math.round((reported - started) / 1000)} s`);
      }
      if (!alive()) throw new LocalNeo4jError(`Neo4j exited while starting; see ${logFile}: ${lastLogLine(logFile)}`);
      let authenticated: boolean;
      try {
        authenticated = await driver.verifyAuthentication();
      } catch (error) {
        lastError = error;
        return false;
      }
      if (!authenticated) {
        throw new LocalNeo4jError('Neo4j refused the password: NEO4J_PASSWORD differs from the one set at first start (delete .neo4j/ to start afresh)');
      }
      return true;
    }, READY_TIMEOUT_MS);
    if (!ready) throw new LocalNeo4jError(`Neo4j did not answer on ${uri} within ${READY_TIMEOUT_MS / 1000}s (${String(lastError)}); see ${logFile}`);
  } finally {
    await driver.close();
  }
}

/** True when pid is alive and is a Neo4j server for this home (a pid file can outlive its process). */
function isOurServer(pid: number, home: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes('CommunityEntryPoint') && commandLine.includes(`--home-dir=${home}`);
  } catch {
    return true;
  }
}

function lastLogLine(logFile: string): string {
  if (!existsSync(logFile)) return 'no log written';
  const lines = readFileSync(logFile, 'utf8').trim().split('\n');
  return lines.filter((line) => /ERROR|Exception|error/.test(line)).at(-1) ?? lines.at(-1) ?? '';
}
