import { describe, expect, it } from 'vitest';
import { createStore } from '../../../client/src/store.js';

/** Just enough of `window` for the store: a location, a history and popstate listeners. */
function createFakeWindow(search = '') {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', get search() { return entries[index] ?? ''; } };
  const history = {
    pushState: (_: unknown, __: string, url: string) => { entries.splice(++index, Infinity, url.startsWith('?') ? url : ''); },
    replaceState: (_: unknown, __: string, url: string) => { entries[index] = url.startsWith('?') ? url : ''; },
  };
  const back = () => { index -= 1; listeners.forEach((listener) => listener()); };
  const win = { location, history, addEventListener: (_: string, l: () => void) => listeners.add(l), removeEventListener: (_: string, l: () => void) => listeners.delete(l) };
  return { win: win as unknown as Window, entries: () => entries.slice(0, index + 1), back };
}

describe('createStore', () => {
  it('starts from the URL', () => {
    const { win } = createFakeWindow('?actor=russia&group=actor');
    expect(createStore(win).get()).toMatchObject({ actor: 'russia', group: 'actor' });
  });

  it('mirrors each change in the URL and tells listeners the previous state', () => {
    const { win, entries } = createFakeWindow();
    const store = createStore(win);
    const seen: [string | null, string | null][] = [];
    store.subscribe((state, previous) => seen.push([state.actor, previous.actor]));
    store.set({ actor: 'iran' });
    expect(entries()).toEqual(['', '?actor=iran']);
    expect(seen).toEqual([['iran', null]]);
  });

  it('replaces the history entry for continuous changes such as scrubbing', () => {
    const { win, entries } = createFakeWindow();
    const store = createStore(win);
    store.set({ from: '2016-02-01', to: '2016-02-10' }, 'replace');
    store.set({ from: '2016-02-02', to: '2016-02-11' }, 'replace');
    expect(entries()).toEqual(['?from=2016-02-02&to=2016-02-11']);
  });

  it('goes back to the previous state on popstate', () => {
    const { win, back } = createFakeWindow();
    const store = createStore(win);
    store.set({ actor: 'iran' });
    store.set({ actor: 'russia' });
    back();
    expect(store.get().actor).toBe('iran');
  });
});
