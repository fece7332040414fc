/**
 * Entry point: creates the store and the API client, mounts every view, and forwards each store
 * change to all of them. Views never call one another; they meet only in the store.
 */
import './styles.css';
import { createApi } from './api.js';
import { createCypherConsole } from './cypher/cypher-console.js';
import { createNodePropertiesPanel } from './cypher/node-properties-panel.js';
import { createExportMenu } from './exports/export-menu.js';
import { createFiltersView } from './filters/filters-view.js';
import { createSearchBox } from './filters/search-box.js';
import { createGraphView } from './graph/graph-view.js';
import { showHealthNotice } from './health-notice.js';
import { installKeyboardShortcuts } from './keyboard-shortcuts.js';
import { createSplitHandle } from './layout/split-handle.js';
import { createActorPanel } from './panels/actor-panel.js';
import { createEvidencePanel } from './panels/evidence-panel.js';
import { createSidebarResizer } from './sidebar-resizer.js';
import { createSidebarTabs } from './sidebar-tabs.js';
import { createStore } from './store.js';
import { createTimelineView } from './timeline/timeline-view.js';
import type { ViewState } from './url-state.js';

function mustFind(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`main: the page has no #${id}`);
  return element;
}

createSplitHandle(mustFind('split'));
const store = createStore();
const api = createApi();

const graph = createGraphView(mustFind('graph'), store, api);
const sidebar = createSidebarResizer(mustFind('workspace'), mustFind('sidebar'));
const views: { update(state: ViewState, previous: ViewState): void }[] = [
  createFiltersView(mustFind('filters'), store),
  createSearchBox(mustFind('search'), store, api),
  graph,
  createTimelineView(mustFind('timeline'), store, api),
  createActorPanel(mustFind('actor-panel'), store, api),
  createEvidencePanel(mustFind('evidence-panel'), store, api),
  createNodePropertiesPanel(mustFind('node-panel'), store),
  createCypherConsole(mustFind('cypher'), store, api, sidebar),
  createExportMenu(mustFind('export-menu'), store, api, () => graph.canvas()),
  createSidebarTabs(mustFind('sidebar-tabs'), { details: mustFind('details'), cypher: mustFind('cypher') }, store),
];

const emptyHint = mustFind('details-empty');
const showHint = (state: ViewState) => (emptyHint.hidden = state.actor !== null || state.event !== null || store.inspectedNode() !== null);
showHint(store.get());

store.subscribe((state, previous) => {
  for (const view of views) view.update(state, previous);
  showHint(state);
});
void showHealthNotice(mustFind('health'), api);
installKeyboardShortcuts(store, () => document.querySelector<HTMLInputElement>('[data-testid="search-box"]'));

// A stable handle for the end-to-end tests and the frame-time benchmark: the canvas has no DOM per node.
Object.assign(window, {
  explorer: {
    graphNodes: () => graph.canvas().nodesOnScreen(),
    graphLinks: () => graph.canvas().linksOnScreen(),
    graphAtRest: () => graph.canvas().atRest(),
    selectActor: (id: string | null) => store.set({ actor: id, panel: 'details' }),
    state: () => store.get(),
  },
});
