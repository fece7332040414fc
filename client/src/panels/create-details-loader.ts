/**
 * What the actor and evidence panels share: fetch the selected item's details into the panel, one
 * request at a time (a newer selection aborts the older), with loading and error states.
 */
import { isAbort } from '../api.js';
import { h } from '../dom.js';
import type { Store } from '../store.js';

export interface DetailsLoader {
  /** Shows the details of `id`, or hides the panel for `null`. */
  show(id: string | null): Promise<void>;
  destroy(): void;
}

export interface DetailsLoaderOptions<T> {
  /** The selection the panel shows, cleared by its close button. */
  selection: 'actor' | 'event';
  loadingText: string;
  load(id: string, signal: AbortSignal): Promise<T>;
  render(details: T): (HTMLElement | null)[];
  /** Runs once the details are in the page (e.g. to scroll to them). */
  afterRender?(): void;
}

/** Creates the loader for the panel `el`; `data-state` tells tests (and styles) where it stands. */
export function createDetailsLoader<T>(el: HTMLElement, store: Store, options: DetailsLoaderOptions<T>): DetailsLoader {
  let controller: AbortController | null = null;
  return {
    async show(id) {
      controller?.abort();
      el.hidden = id === null;
      if (id === null) return el.replaceChildren();
      controller = new AbortController();
      el.dataset.state = 'loading';
      el.replaceChildren(h('p', { className: 'muted' }, options.loadingText));
      try {
        const details = await options.load(id, controller.signal);
        el.replaceChildren(...options.render(details).filter((part) => part !== null));
        el.dataset.state = 'ready';
        options.afterRender?.();
      } catch (error) {
        if (isAbort(error)) return;
        el.dataset.state = 'error';
        el.replaceChildren(closeButton(store, options.selection), h('p', { className: 'error' }, (error as Error).message));
      }
    },
    destroy() {
      controller?.abort();
      el.replaceChildren();
    },
  };
}

/** The × that clears the panel's selection. */
export function closeButton(store: Store, selection: 'actor' | 'event'): HTMLElement {
  return h('button', { type: 'button', className: 'close', title: 'Close', ariaLabel: 'Close', onclick: () => store.set({ [selection]: null }) }, '×');
}
