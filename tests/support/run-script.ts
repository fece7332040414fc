/** Runs one of the project's scripts as a user would (`npx tsx scripts/<name> …`) and keeps what it said, failed or not. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectRoot } from '../../scripts/run-cli.js';

const exec = promisify(execFile);

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ScriptRun> {
  try {
    const { stdout, stderr } = await exec('npx', ['tsx', `scripts/${script}`, ...args], { cwd: projectRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as ScriptRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
