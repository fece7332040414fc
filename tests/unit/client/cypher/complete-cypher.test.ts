import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { createCypherCompletion } from '../../../../client/src/cypher/complete-cypher.js';

const VOCABULARY = { labels: ['Actor', 'Event'], relationshipTypes: ['BACKS', 'PARTICIPATED_IN'], propertyKeys: ['id', 'name'] };

/** The completion at the end of `text`. */
function complete(text: string): CompletionResult | null {
  const source = createCypherCompletion(() => VOCABULARY);
  return source(new CompletionContext(EditorState.create({ doc: text }), text.length, false)) as CompletionResult | null;
}

const labelsOf = (result: CompletionResult | null) => result?.options.map((option) => option.label);

describe('createCypherCompletion', () => {
  it.each([
    ['a label after a colon in a node pattern', 'MATCH (a:Ac', ['Actor', 'Event'], 9],
    ['a relationship type after a colon in a relationship pattern', 'MATCH (a)-[r:BA', ['BACKS', 'PARTICIPATED_IN'], 13],
    ['another relationship type after a bar', 'MATCH (a)-[r:BACKS|', ['BACKS', 'PARTICIPATED_IN'], 19],
    ['a property key after a variable and a dot', 'RETURN a.na', ['id', 'name'], 9],
    ['a property key inside a map', 'MATCH (a:Actor {', ['id', 'name'], 16],
  ])('offers %s', (_case, text, offered, from) => {
    const result = complete(text);
    expect(labelsOf(result)).toEqual(offered);
    expect(result?.from).toBe(from);
  });

  it.each([
    ['inside a string', "RETURN 'a:b"],
    ['after a plain word', 'MATCH (a'],
    ['after a number with a decimal point', 'RETURN 1.'],
  ])('offers nothing %s', (_case, text) => {
    expect(complete(text)).toBeNull();
  });

  it('offers nothing before the vocabulary has loaded', () => {
    const source = createCypherCompletion(() => null);
    expect(source(new CompletionContext(EditorState.create({ doc: 'MATCH (a:' }), 9, true))).toBeNull();
  });
});
