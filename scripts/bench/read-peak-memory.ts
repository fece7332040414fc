/** A process's peak resident memory, from Linux's /proc (VmHWM): the bench reads the server's and Neo4j's. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Peak RSS of `pid` in MB, or null where /proc cannot say (not Linux, process gone). */
export function readPeakRssMb(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The pid of the local Neo4j whose home is `home` (the pid file Neo4j or our starter wrote), or null. */
export function readNeo4jPid(home: string): number | null {
  for (const file of [join(home, 'run', 'server.pid'), join(home, 'run', 'neo4j.pid')]) {
    if (existsSync(file)) return Number(readFileSync(file, 'utf8').trim());
  }
  return null;
}
