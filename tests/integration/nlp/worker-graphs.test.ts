/**
 * The project's CoreNLP worker (scripts/nlp/NlpWorker.java), which the global setup starts: it parses
 * with depparse's model but makes only the two graphs the stages read, so these tests pin that its
 * answer still carries both, as CoreNLP's server protocol writes them, and reads into the document model.
 */
import { describe, expect, it } from 'vitest';
import { readCoreNlpJson } from '../../../server/extractor/nlp/read-corenlp-json.js';
import { LOCAL_NLP_URL } from '../../../server/nlp/local-nlp-url.js';

const WORKER_URL = process.env.CORENLP_URL?.split(',')[0]?.trim() || LOCAL_NLP_URL;

interface Dependency {
  dep: string;
  governorGloss: string;
  dependentGloss: string;
}

async function annotate(text: string): Promise<{ sentences: Record<string, unknown>[] }> {
  const response = await fetch(WORKER_URL, { method: 'POST', body: text });
  expect(response.status).toBe(200);
  return (await response.json()) as { sentences: Record<string, unknown>[] };
}

const edgesOf = (sentence: Record<string, unknown>, graph: string) =>
  (sentence[graph] as Dependency[]).map((d) => `${d.dep}(${d.governorGloss}, ${d.dependentGloss})`);

describe('the CoreNLP worker', () => {
  it("gives each sentence its basic tree, one root and a head for every token", async () => {
    const json = await annotate('The envoys met in Lisbon on Friday. The talks ended without a deal.');
    expect(json.sentences).toHaveLength(2);
    for (const sentence of json.sentences) {
      const basic = sentence.basicDependencies as Dependency[];
      expect(basic).toHaveLength((sentence.tokens as unknown[]).length);
      expect(basic.filter((d) => d.dep === 'ROOT')).toHaveLength(1);
    }
    expect(edgesOf(json.sentences[0]!, 'basicDependencies')).toContain('nsubj(met, envoys)');
  });

  it('adds the enhanced++ edges: a subject shared by conjoined verbs and case-marked obliques', async () => {
    const [sentence] = (await annotate('The rebels seized the port and shelled the town against the ceasefire.')).sentences;
    const enhanced = edgesOf(sentence!, 'enhancedPlusPlusDependencies');
    expect(enhanced).toContain('nsubj(shelled, rebels)');
    expect(enhanced).toContain('obl:against(shelled, ceasefire)');
    expect(edgesOf(sentence!, 'basicDependencies')).not.toContain('nsubj(shelled, rebels)');
  });

  it('leaves out the enhanced graph, which no stage reads', async () => {
    const [sentence] = (await annotate('The foreign minister visited Nairobi.')).sentences;
    expect(sentence).not.toHaveProperty('enhancedDependencies');
  });

  it('answers in the form the document model reads, with character offsets into the text', async () => {
    const text = 'Delegates from both sides signed the accord in Doha.';
    const document = readCoreNlpJson(await annotate(text));
    const tokens = document.sentences[0]!.tokens;
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.word));
    expect(tokens.find((t) => t.word === 'signed')).toMatchObject({ lemma: 'sign', pos: 'VBD', rel: 'root', head: -1 });
    expect(tokens.find((t) => t.word === 'Doha')).toMatchObject({ ner: 'LOCATION' });
  });
});
