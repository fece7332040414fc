import { describe, expect, it } from 'vitest';
import { createNlpClient } from '../../../server/nlp/create-nlp-client.js';
import { LOCAL_NLP_URL } from '../../../server/nlp/local-nlp-url.js';

// No cache: the text goes to the worker the global setup started (or CORENLP_URL's).
const client = createNlpClient({ urls: (process.env.CORENLP_URL ?? LOCAL_NLP_URL).split(','), startHint: 'start it with `npm run nlp:start`' });

describe('the CoreNLP worker', () => {
  it('gives back non-ASCII words whole, with offsets into the text', async () => {
    const text = 'Quito handed the envoy a démarche, and Señor Müller left for Zürich.';
    const document = await client.annotate(text);
    const words = document.sentences.flatMap((sentence) => sentence.tokens);
    for (const word of ['démarche', 'Señor', 'Müller', 'Zürich']) {
      const token = words.find((t) => t.word === word);
      expect(token, word).toBeDefined();
      expect(text.slice(token!.start, token!.end)).toBe(word);
    }
  });
});
