/**
 * Records the CoreNLP annotation of the text on stdin into a cache folder (argument 1), through the
 * local worker (started when needed) or CORENLP_URL. The unit tests call it for a sentence they
 * have no recorded annotation for yet; the recordings are committed under tests/fixtures/nlp.
 */
import { text } from 'node:stream/consumers';
import { loadConfig } from '../../server/config.js';
import { projectRoot, runCli } from '../run-cli.js';
import { openNlpClient } from './open-nlp-client.js';

await runCli(async () => {
  const cacheDir = process.argv[2];
  if (!cacheDir) throw new Error('usage: record-annotation <cache-dir> < text');
  const config = { ...(await loadConfig()), CORENLP_CACHE_DIR: cacheDir };
  const nlp = await openNlpClient(projectRoot, config, (line) => process.stderr.write(`${line}\n`));
  await nlp.annotate(await text(process.stdin));
});
