/** The scripts' NLP client: the services CORENLP_URL names, or the local worker, started when it is not running. */
import { join } from 'node:path';
import type { Config } from '../../server/config.js';
import { createAnnotationCache } from '../../server/nlp/annotation-cache.js';
import { createNlpClient, type NlpClient } from '../../server/nlp/create-nlp-client.js';
import { createLocalNlp } from './local-nlp.js';

export async function openNlpClient(root: string, config: Config, log: (line: string) => void = () => {}): Promise<NlpClient> {
  const cache = createAnnotationCache(config.CORENLP_CACHE_DIR ?? join(root, '.corenlp', 'cache'));
  if (config.CORENLP_URL) return createNlpClient({ urls: config.CORENLP_URL, cache, startHint: 'check CORENLP_URL' });
  const worker = createLocalNlp(root);
  await worker.start(log);
  return createNlpClient({ urls: [worker.url], cache, startHint: 'start it with `npm run nlp:start`' });
}
