/**
 * The local CoreNLP worker (scripts/nlp/NlpWorker.java), home `.corenlp/`, listening on 127.0.0.1 only.
 * Start is idempotent (a running worker is reused) and waits until it answers; stop is a SIGTERM.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlByPidFile, isAlive, isPortFree, waitUntil } from '../local-process.js';
import { ensureCoreNlp } from './fetch-corenlp.js';
import { LocalNlpError } from './local-nlp-error.js';
import { LOCAL_NLP_PORT } from '../../server/nlp/local-nlp-url.js';


const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 20_000;
// The parser, the POS tagger and the 4-class NER model need under 1 GB; the cap leaves room for a 200,000-character request.
const HEAP = '3g';
// The serial collector: measured against G1 on two cores, the same CPU time and wall-clock time, and half the
// peak memory (0.9 against 1.8 GB), as G1 grows the heap towards its cap long before it must.
const COLLECTOR = '-XX:+UseSerialGC';
// Requests served at once, and threads over one request's sentences: the 2 cores.
const THREADS = 2;

export interface LocalNlp {
  url: string;
  logFile: string;
  start(log?: (line: string) => void): Promise<'started' | 'already running'>;
  stop(): Promise<'stopped' | 'not running'>;
  status(): Promise<'running' | 'stopped'>;
  /** The worker's process id while it runs (for memory figures). */
  pid(): number | null;
}

export function createLocalNlp(root: string, port = LOCAL_NLP_PORT): LocalNlp {
  const home = join(root, '.corenlp');
  const pidFile = join(home, 'run', `worker-${port}.pid`);
  const logFile = join(home, 'logs', `worker-${port}.log`);
  const url = `http://127.0.0.1:${port}/`;

  const runningPid = (): number | null => {
    if (!existsSync(pidFile)) return null;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    return isOurWorker(pid, port) ? pid : null;
  };

  async function start(log: (line: string) => void = () => {}): Promise<'started' | 'already running'> {
    if (runningPid() !== null) {
      await waitForWorker(url, () => runningPid() !== null, logFile);
      return 'already running';
    }
    if (!(await isPortFree(port))) {
      // Another checkout's worker (same protocol, no state) serves this one as well.
      if (await answersPing(url)) return 'already running';
      throw new LocalNlpError(`Port ${port} on 127.0.0.1 is taken by another process: stop it or set CORENLP_URL to that server`);
    }
    const { classpath } = await ensureCoreNlp(root, log);
    for (const dir of ['run', 'logs']) mkdirSync(join(home, dir), { recursive: true });
    log('CoreNLP: loading the models (about 20 s)…');
    const pid = spawnWorker(classpath, port, logFile);
    writeFileSync(pidFile, String(pid));
    await waitForWorker(url, () => isAlive(pid), logFile);
    return 'started';
  }

  const { stop, status } = controlByPidFile(runningPid, pidFile, STOP_TIMEOUT_MS);
  return { url, logFile, start, stop, status, pid: runningPid };
}

function spawnWorker(classpath: string, port: number, logFile: string): number {
  const log = openSync(logFile, 'a');
  const child = spawn('java', [`-Xmx${HEAP}`, COLLECTOR, '-cp', classpath, 'NlpWorker', String(port), String(THREADS)], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new LocalNlpError('Could not start java for the CoreNLP worker (is Java 17+ on PATH?)');
  return child.pid;
}

async function answersPing(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('ping', url), { signal: AbortSignal.timeout(2_000) });
    return response.ok && (await response.text()) === 'pong';
  } catch {
    return false;
  }
}

async function waitForWorker(url: string, alive: () => boolean, logFile: string): Promise<void> {
  const ready = await waitUntil(async () => {
    if (!alive()) throw new LocalNlpError(`The CoreNLP worker exited while starting; see ${logFile}`);
    return answersPing(url);
  }, READY_TIMEOUT_MS);
  if (!ready) throw new LocalNlpError(`The CoreNLP worker did not answer on ${url} within ${READY_TIMEOUT_MS / 1000}s; see ${logFile}`);
}

/** A pid file can outlive its process: the pid must still be our worker on this port. */
function isOurWorker(pid: number, port: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return commandLine.includes('NlpWorker') && commandLine.includes(String(port));
  } catch {
    return true;
  }
}
