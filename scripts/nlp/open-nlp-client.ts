/**
 * The scripts' NLP client: the services CORENLP_URL names, or the local worker, started when it is not
 * running; with `cached: false` every text goes to the service (the bench's cold-cache figure).
 */
import { join } from 'node:path';
import type { Config } from '../../server/config.js';
import { createAnnotationCache } from '../../server/nlp/annotation-cache.js';
import { createNlpClient, type NlpClient } from '../../server/nlp/create-nlp-client.js';
import { createLocalNlp } from './local-nlp.js';

export async function openNlpClient(
  root: string,
  config: Config,
  log: (line: string) => void = () => {},
  { cached = true }: { cached?: boolean } = {},
): Promise<NlpClient> {
  const cache = cached ? createAnnotationCache(config.CORENLP_CACHE_DIR ?? join(root, '.corenlp', 'cache')) : undefined;
  if (config.CORENLP_URL) return createNlpClient({ urls: config.CORENLP_URL, cache, startHint: 'check CORENLP_URL' });
  const worker = createLocalNlp(root);
  await worker.start(log);
  return createNlpClient({ urls: [worker.url], cache, startHint: 'start it with `npm run nlp:start`' });
}
