import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extractor/pipeline.js';
import { buildArticle } from './build-article.js';

const relationsOf = (text: string) => extractArticle(buildArticle(text)).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe('findRelations', () => {
  it('ties a leader to the state whose government bears their name, though their title names none', () => {
    const text = 'The Syrian regime shelled Idlib. President Bashar al-Assad\'s government denied it.';
    expect(relationsOf(text)).toContain('bashar_al_assad LEADS syrian_government');
  });
});
