/**
 * What the actor and evidence panels share: a panel that follows one selection in the store and
 * fetches its details, one request at a time (a newer selection aborts the older), with loading
 * and error states. Each panel brings only how to load and how to render.
 */
import { isAbort } from '../api.js';
import { h } from '../dom.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';

export interface DetailsPanel {
  update(state: ViewState, previous: ViewState): void;
  destroy(): void;
}

export interface DetailsPanelOptions<T> {
  /** The selection the panel shows, cleared by its close button; the panel hides while it is null. */
  selection: 'actor' | 'event';
  /** Class and test id of the panel element. */
  name: string;
  loadingText: string;
  load(id: string, signal: AbortSignal): Promise<T>;
  render(details: T): (HTMLElement | null)[];
  /** Runs once the details are in the page (e.g. to scroll to them). */
  afterRender?(): void;
  /** Any other change of state while the selection stays the same. */
  onOtherChange?(state: ViewState, previous: ViewState): void;
}

/** Mounts the panel into `el`; `data-state` tells tests (and styles) where it stands. */
export function createDetailsPanel<T>(el: HTMLElement, store: Store, options: DetailsPanelOptions<T>): DetailsPanel {
  el.classList.add('panel', options.name);
  el.dataset.testid = options.name;
  let controller: AbortController | null = null;

  async function show(id: string | null) {
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
  }

  void show(store.get()[options.selection]);
  return {
    update(state, previous) {
      if (state[options.selection] !== previous[options.selection]) void show(state[options.selection]);
      else options.onOtherChange?.(state, previous);
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
