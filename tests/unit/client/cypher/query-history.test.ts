import { describe, expect, it } from 'vitest';
import { createQueryHistory } from '../../../../client/src/cypher/query-history.js';

function createMemoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('createQueryHistory', () => {
  it('walks back through earlier queries and forward to the draft being written', () => {
    const history = createQueryHistory(createMemoryStorage());
    history.add('RETURN 1');
    history.add('RETURN 2');
    expect(history.older('RETURN 3')).toBe('RETURN 2');
    expect(history.older('RETURN 2')).toBe('RETURN 1');
    expect(history.older('RETURN 1')).toBeNull();
    expect(history.newer()).toBe('RETURN 2');
    expect(history.newer()).toBe('RETURN 3');
    expect(history.newer()).toBeNull();
  });

  it('keeps the queries for the next page in the storage, a repeat once', () => {
    const storage = createMemoryStorage();
    const first = createQueryHistory(storage);
    first.add('RETURN 1');
    first.add('RETURN 1');
    const next = createQueryHistory(storage);
    expect(next.older('')).toBe('RETURN 1');
    expect(next.older('RETURN 1')).toBeNull();
  });

  it('starts empty from a storage holding something else, and works without storage', () => {
    expect(createQueryHistory(createMemoryStorage({ 'diplomatic-graph:cypher-history': '{"not":"a list"' })).older('x')).toBeNull();
    const history = createQueryHistory(null);
    history.add('RETURN 1');
    expect(history.older('')).toBe('RETURN 1');
  });
});
