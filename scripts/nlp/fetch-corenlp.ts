/** Fetches CoreNLP and its models from Maven Central once and compiles the worker against them. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { firstErrorLine } from '../local-process.js';
import { LocalNlpError } from './local-nlp-error.js';

const run = promisify(execFile);

export interface CoreNlpBuild {
  /** The Java classpath: CoreNLP's jars in the local Maven repository, then the compiled worker. */
  classpath: string;
}

/** Makes sure `<root>/.corenlp` holds the classpath and the compiled worker; reuses them while pom and source are unchanged. */
export async function ensureCoreNlp(root: string, log: (line: string) => void): Promise<CoreNlpBuild> {
  const pom = join(root, 'scripts', 'nlp', 'pom.xml');
  const source = join(root, 'scripts', 'nlp', 'NlpWorker.java');
  const home = join(root, '.corenlp');
  const classes = join(home, 'classes');
  const classpathFile = join(home, 'classpath.txt');
  const stampFile = join(home, '.stamp');
  const stamp = createHash('sha256').update(readFileSync(pom)).update(readFileSync(source)).digest('hex');
  if (!(existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)) {
    mkdirSync(classes, { recursive: true });
    log('CoreNLP: resolving stanford-corenlp and its models (about 480 MB on first run) from Maven Central…');
    await runTool('mvn', ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`,
      '-Dmaven.wagon.http.retryHandler.count=3'], 'Maven could not fetch CoreNLP from Maven Central (is mvn on PATH?)');
    log('CoreNLP: compiling the worker…');
    await runTool('javac', ['-cp', readFileSync(classpathFile, 'utf8').trim(), '-d', classes, source], 'javac could not compile the CoreNLP worker (is a JDK 17+ on PATH?)');
    writeFileSync(stampFile, stamp);
  }
  return { classpath: `${readFileSync(classpathFile, 'utf8').trim()}:${classes}` };
}

async function runTool(command: string, args: string[], failure: string): Promise<void> {
  try {
    await run(command, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new LocalNlpError(`${failure}: ${firstErrorLine(error)}`);
  }
}
