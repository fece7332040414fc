import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExample, parseExamples } from '../../../../client/src/cypher/parse-example.js';

describe('parseExample', () => {
  it('takes the title from the first-line comment and the query from the rest', () => {
    expect(parseExample('cypher/examples/01-top.cypher', '// The most active actors\nMATCH (a) RETURN a\n')).toEqual({
      id: '01-top',
      title: 'The most active actors',
      query: 'MATCH (a) RETURN a',
    });
  });

  it('falls back to the file name when there is no title comment', () => {
    expect(parseExample('x/02-who-backs-whom.cypher', 'MATCH (a) RETURN a').title).toBe('who backs whom');
  });

  it('gives every shipped example a title and a query', () => {
    const dir = new URL('../../../../cypher/examples/', import.meta.url);
    const files = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]));
    const examples = parseExamples(files);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      expect(example.title).not.toBe('');
      expect(example.query).toMatch(/^MATCH/);
    }
  });
});
