/**
 * The actor graph view: loads the actors and edges active in the store's time window (plus the
 * neighbourhoods the reader expanded, at any date), or draws the Cypher console's result, and
 * writes the selection and expansions back to the store.
 */
import { describeViewError, isAbort, type Api } from '../api.js';
import { selectCypherNode } from '../cypher/select-cypher-node.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { createGraphCanvas, type GraphCanvas } from './graph-canvas.js';
import { createGraphLegend } from './graph-legend.js';
import { EDGE_LIMIT, planGraphRequests } from './plan-graph-requests.js';
import { shapeActorGraph, shapeCypherGraph, type ShapedGraph } from './shape-graph.js';

const RELOAD_DELAY_MS = 250;

const DATA_KEYS = ['from', 'to', 'types', 'kinds', 'expand', 'graph'] as const;

export interface GraphView {
  update(state: ViewState, previous: ViewState): void;
  canvas(): GraphCanvas;
  destroy(): void;
}

/** Mounts the graph view into `el`. */
export function createGraphView(el: HTMLElement, store: Store, api: Api): GraphView {
  el.classList.add('graph-view');
  el.dataset.testid = 'graph-view';
  const status = document.createElement('div');
  status.className = 'view-status';
  status.dataset.testid = 'graph-status';
  const banner = document.createElement('div');
  banner.className = 'graph-banner';
  banner.dataset.testid = 'graph-banner';
  banner.hidden = true;
  el.append(createGraphLegend(), status, banner);

  const canvas = createGraphCanvas(el, {
    onSelect: (id) => {
      // A query's nodes carry Neo4j's element ids; the console's module maps them to the domain's.
      if (store.get().graph === 'cypher') return selectCypherNode(store, id);
      if (id !== store.get().actor) store.set({ actor: id, panel: 'details' });
    },
    onExpand: (id) => {
      const { expand, graph } = store.get();
      if (graph === 'window' && !expand.includes(id)) store.set({ expand: [...expand, id] });
    },
  });

  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCypherGraph = store.cypherGraph();

  const show = (graph: ShapedGraph, note: string) => {
    canvas.setGraph(graph);
    el.dataset.nodeCount = String(graph.nodes.length);
    el.dataset.edgeCount = String(graph.links.length);
    setStatus(graph.nodes.length === 0 ? 'empty' : 'ready', graph.nodes.length === 0 ? emptyMessage() : '');
    banner.replaceChildren(note);
    banner.hidden = note === '';
  };

  const setStatus = (state: 'loading' | 'ready' | 'empty' | 'error', message: string) => {
    el.dataset.state = state;
    status.textContent = message;
    status.hidden = message === '';
    status.className = `view-status view-status-${state}`;
  };

  const emptyMessage = () =>
    store.get().graph === 'cypher'
      ? 'The query returned no nodes to draw.'
      : 'No actors are active in this window. Widen the timeline or clear some filters.';

  async function loadWindow(state: ViewState) {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    setStatus('loading', 'Loading the actor graph…');
    try {
      const answers = await Promise.all(planGraphRequests(state).map((query) => api.graph(query, signal)));
      const capped = answers[0]?.capped ? `Showing the ${EDGE_LIMIT.toLocaleString('en')} heaviest links only.` : '';
      const expanded = state.expand.length > 0 ? `${state.expand.length} neighbourhood(s) expanded, at any date. ` : '';
      show(shapeActorGraph(answers, canvas.positions()), `${expanded}${capped}`.trim());
      if (state.expand.length > 0) banner.append(resetButton('Collapse', () => store.set({ expand: [] })));
    } catch (error) {
      if (!isAbort(error)) setStatus('error', describeViewError(error));
    }
  }

  function showCypherGraph() {
    const graph = store.cypherGraph();
    if (!graph) {
      // No earlier result may stay drawn under the hint.
      show({ nodes: [], links: [] }, '');
      return setStatus('empty', 'Run a query in the Cypher console to draw its nodes here.');
    }
    show(shapeCypherGraph(graph, canvas.positions()), 'Showing the Cypher console’s result. ');
    banner.append(resetButton('Back to the timeline window', () => store.set({ graph: 'window' })));
  }

  const reload = (state: ViewState) => {
    clearTimeout(timer);
    if (state.graph === 'cypher') return showCypherGraph();
    timer = setTimeout(() => void loadWindow(state), RELOAD_DELAY_MS);
  };

  /** The selected event's participants, brought out in the graph (the evidence panel shows the same event). */
  let eventController: AbortController | null = null;
  async function highlightEvent(eventId: string | null) {
    eventController?.abort();
    canvas.setHighlighted(null);
    el.dataset.highlighted = '';
    if (eventId === null) return;
    eventController = new AbortController();
    try {
      const { event } = await api.event(eventId, eventController.signal);
      const ids = event.participants.map((p) => p.actor);
      canvas.setHighlighted(ids);
      el.dataset.highlighted = ids.join(',');
    } catch {
      // Without the event there is nothing to bring out; the evidence panel says why.
    }
  }

  reload(store.get());
  canvas.setSelected(store.get().actor);
  void highlightEvent(store.get().event);

  return {
    update(state, previous) {
      const cypherGraph = store.cypherGraph();
      const cypherChanged = cypherGraph !== lastCypherGraph;
      lastCypherGraph = cypherGraph;
      if (DATA_KEYS.some((key) => String(state[key]) !== String(previous[key])) || (cypherChanged && state.graph === 'cypher')) {
        reload(state);
      }
      if (state.actor !== previous.actor) canvas.setSelected(state.actor);
      if (state.event !== previous.event) void highlightEvent(state.event);
    },
    canvas: () => canvas,
    destroy() {
      clearTimeout(timer);
      controller?.abort();
      eventController?.abort();
      canvas.destroy();
      el.replaceChildren();
    },
  };
}

function resetButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}
