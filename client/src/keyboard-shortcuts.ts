/**
 * Page-wide keys, as in Bloom and most web apps: Escape closes the open panel (the event first,
 * then the actor), `/` jumps to the search box. Keys typed into a field or the editor are theirs.
 */
import type { Store } from './store.js';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Listens on `win` for the shortcuts; `search` is the search box's input. */
export function installKeyboardShortcuts(store: Store, search: () => HTMLInputElement | null, win: Window = window): void {
  win.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    const { event: openEvent, actor } = store.get();
    if (event.key === 'Escape' && (openEvent !== null || actor !== null)) {
      store.set(openEvent !== null ? { event: null } : { actor: null });
    } else if (event.key === '/') {
      search()?.focus();
    } else return;
    event.preventDefault();
  });
}
