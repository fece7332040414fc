/**
 * The explorer's one store: the URL-mirrored view state plus the Cypher console's last drawable
 * result (rerun from the URL's query on load, so it needs no URL form of its own).
 */
import type { CypherResponse, DrawableNode } from '../../server/contract/api.js';
import { formatViewState, parseViewState, type ViewState } from './url-state.js';

export type CypherGraph = CypherResponse['graph'];

/** `push` makes a back-button step; `replace` (for continuous changes like scrubbing) does not. */
export type HistoryMode = 'push' | 'replace';

export type StoreListener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  set(patch: Partial<ViewState>, history?: HistoryMode): void;
  subscribe(listener: StoreListener): () => void;
  cypherGraph(): CypherGraph | null;
  setCypherGraph(graph: CypherGraph | null): void;
  /** A node of a Cypher result that is neither actor nor event, whose properties the details show. */
  inspectedNode(): DrawableNode | null;
  inspectNode(node: DrawableNode | null): void;
  destroy(): void;
}

/** Creates the store over `window.location`; back/forward restore earlier states via popstate. */
export function createStore(win: Window = window): Store {
  let state = parseViewState(win.location.search);
  let graph: CypherGraph | null = null;
  let inspected: DrawableNode | null = null;
  const listeners = new Set<StoreListener>();

  const emit = (next: ViewState) => {
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  };
  const onPopState = () => emit(parseViewState(win.location.search));
  win.addEventListener('popstate', onPopState);

  return {
    get: () => state,
    set(patch, history = 'push') {
      const next = { ...state, ...patch };
      const search = formatViewState(next);
      if (search !== win.location.search) {
        const url = search || win.location.pathname;
        if (history === 'push') win.history.pushState(null, '', url);
        else win.history.replaceState(null, '', url);
      }
      emit(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cypherGraph: () => graph,
    setCypherGraph(next) {
      graph = next;
      emit({ ...state });
    },
    inspectedNode: () => inspected,
    inspectNode(node) {
      inspected = node;
      emit({ ...state });
    },
    destroy: () => win.removeEventListener('popstate', onPopState),
  };
}
