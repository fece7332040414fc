/**
 * The actor graph view: loads the actors and edges active in the store's time window (plus the
 * neighbourhoods the reader expanded, at any date), or draws the Cypher console's result, and
 * writes the selection and expansions back to the store. Its toolbar fits the drawing to the view
 * and restores hidden nodes; a node's menu expands, hides, pins or shows its events.
 */
import { describeViewError, isAbort, type Api } from '../api.js';
import { selectCypherNode } from '../cypher/select-cypher-node.js';
import { h } from '../dom.js';
import { humanize } from '../palette.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { createGraphCanvas, type GraphCanvas } from './graph-canvas.js';
import { createGraphLegend } from './graph-legend.js';
import { createNodeMenu } from './node-menu.js';
import { EDGE_LIMIT, planGraphRequests } from './plan-graph-requests.js';
import { endId, shapeActorGraph, shapeCypherGraph, type GraphNodeDatum, type ShapedGraph } from './shape-graph.js';

const RELOAD_DELAY_MS = 250;

const DATA_KEYS = ['from', 'to', 'types', 'kinds', 'minSources', 'expand', 'graph'] as const;

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
  const fitButton = h('button', { type: 'button', className: 'tool-button', testid: 'graph-fit', title: 'Zoom to fit', onclick: () => canvas.fit() }, 'Fit');
  const hiddenNote = h('span', { className: 'hidden-note', testid: 'graph-hidden', hidden: true });
  const toolbar = h('div', { className: 'graph-toolbar' }, fitButton, hiddenNote);
  el.append(createGraphLegend(), status, banner, toolbar);

  const canvas = createGraphCanvas(el, {
    onSelect: (id) => {
      // A query's nodes carry Neo4j's element ids; the console's module maps them to the domain's.
      if (store.get().graph === 'cypher') return selectCypherNode(store, id);
      if (id !== store.get().actor) store.set({ actor: id, panel: 'details' });
    },
    onExpand: (id) => expandNode(id),
    onMenu: (id, x, y) => openMenu(id, x, y),
    describe: (node) => describeNode(node, store.get().graph),
  });
  const menu = createNodeMenu(el);

  function expandNode(id: string) {
    const { expand, graph } = store.get();
    if (graph === 'window' && !expand.includes(id)) store.set({ expand: [...expand, id] });
  }

  function openMenu(id: string, x: number, y: number) {
    const actorGraph = store.get().graph === 'window';
    const pinned = canvas.isPinned(id);
    menu.open(
      [
        ...(actorGraph ? [{ label: 'Expand neighbourhood', testid: 'node-menu-expand', run: () => expandNode(id) }] : []),
        { label: 'Hide', testid: 'node-menu-hide', run: () => setHidden([...hidden, id]) },
        pinned
          ? { label: 'Unpin', testid: 'node-menu-unpin', run: () => canvas.unpin(id) }
          : { label: 'Pin here', testid: 'node-menu-pin', run: () => canvas.pin(id) },
        // Selecting the actor highlights its events in the timeline and lists them in its panel.
        ...(actorGraph ? [{ label: 'Show its events', testid: 'node-menu-events', run: () => store.set({ actor: id, panel: 'details' }) }] : []),
      ],
      x,
      y,
    );
  }

  /** Nodes the reader hid, left out of every graph drawn until restored. */
  let hidden: string[] = [];
  let shown: ShapedGraph = { nodes: [], links: [] };
  function setHidden(ids: string[]) {
    hidden = ids;
    hiddenNote.hidden = hidden.length === 0;
    hiddenNote.replaceChildren(
      `${hidden.length} hidden `,
      h('button', { type: 'button', className: 'link-button', testid: 'graph-restore-hidden', onclick: () => setHidden([]) }, 'Show all'),
    );
    draw(shown);
  }

  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCypherGraph = store.cypherGraph();

  const draw = (graph: ShapedGraph) => {
    const visible = withoutNodes(graph, new Set(hidden));
    canvas.setGraph(visible);
    el.dataset.nodeCount = String(visible.nodes.length);
    el.dataset.edgeCount = String(visible.links.length);
  };

  const show = (graph: ShapedGraph, note: string) => {
    shown = graph;
    draw(graph);
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
      menu.destroy();
      el.replaceChildren();
    },
  };
}

/**
 * A node's tooltip, saying what its size counts: an actor's events in the timeline's window (its
 * panel counts them at every date), or a query's node's relationships in the result.
 */
function describeNode(node: GraphNodeDatum, graph: ViewState['graph']): string {
  const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const size = graph === 'cypher' ? `${count(node.activity, 'relationship')} in the result` : `${count(node.activity, 'event')} in view`;
  return `${node.name} · ${humanize(node.kind)} · ${size}`;
}

/** The graph without the given nodes and their links. */
function withoutNodes(graph: ShapedGraph, ids: ReadonlySet<string>): ShapedGraph {
  if (ids.size === 0) return graph;
  return {
    nodes: graph.nodes.filter((node) => !ids.has(node.id)),
    links: graph.links.filter((link) => !ids.has(endId(link.source)) && !ids.has(endId(link.target))),
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
