/** Shared by the command-line scripts: the repo root, and one clear line instead of a stack trace on failure. */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Runs a CLI's work; a failure prints `error: <message>` on stderr and exits 1. */
export async function runCli(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
