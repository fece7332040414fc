import { describe, expect, it } from 'vitest';
import { isOn, toggleInList } from '../../../../client/src/filters/toggle-list.js';

const all = ['a', 'b', 'c'] as const;

describe('toggleInList', () => {
  it('switching one off from "everything" keeps the others', () => {
    expect(toggleInList([], 'b', all)).toEqual(['a', 'c']);
  });

  it('switching the last missing one back on means everything again', () => {
    expect(toggleInList(['a', 'c'], 'b', all)).toEqual([]);
  });

  it('refuses to switch the last one off', () => {
    expect(toggleInList(['a'], 'a', all)).toEqual(['a']);
  });

  it('treats an empty filter as all on', () => {
    expect(isOn([], 'c')).toBe(true);
    expect(isOn(['a'], 'c')).toBe(false);
  });
});
