/** Process and port checks shared by the project's local services (Neo4j, the CoreNLP worker). */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';

/** Polls `check` every half second until it holds (true) or `timeoutMs` passes (false). */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** True when nothing listens on 127.0.0.1:port. */
export async function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL when the process is still alive after `timeoutMs`. */
export async function stopProcess(pid: number, timeoutMs: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  if (!(await waitUntil(() => !isAlive(pid), timeoutMs))) process.kill(pid, 'SIGKILL');
}

/** Stop and status of a local service known by its pid file; `runningPid` says whether it still runs. */
export function controlByPidFile(runningPid: () => number | null, pidFile: string, stopTimeoutMs: number) {
  return {
    async stop(): Promise<'stopped' | 'not running'> {
      const pid = runningPid();
      if (pid === null) return 'not running';
      await stopProcess(pid, stopTimeoutMs);
      rmSync(pidFile, { force: true });
      return 'stopped';
    },
    status: async (): Promise<'running' | 'stopped'> => (runningPid() === null ? 'stopped' : 'running'),
  };
}

/** The line worth showing from a failed command's output (execFile's error): its first error line, else its first line. */
export function firstErrorLine(error: unknown): string {
  const output = `${String((error as { stdout?: string }).stdout ?? '')}${String((error as { stderr?: string }).stderr ?? '')}`;
  return output.split('\n').find((line) => /ERROR|error:/.test(line)) ?? (output.trim().split('\n')[0] || String(error));
}
