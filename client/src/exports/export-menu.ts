/**
 * The export menu: the current window's data (with the graph's filters) as CSV tables, GraphML, GEXF
 * or extraction JSON, fetched through the API, and the graph view as PNG or SVG.
 */
import type { ExportFormat, ExportTable } from '../../../server/contract/api.js';
import type { Api } from '../api.js';
import { h } from '../dom.js';
import type { GraphCanvas } from '../graph/graph-canvas.js';
import { planGraphRequests } from '../graph/plan-graph-requests.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { drawGraphPng, drawGraphSvg } from './draw-graph-picture.js';
import { saveFile } from './save-file.js';

interface MenuItem {
  id: string;
  label: string;
  hint: string;
  save(): Promise<void>;
}

/** Mounts the menu into `el`; `graph` gives the canvas the pictures are drawn from. */
export function createExportMenu(el: HTMLElement, store: Store, api: Api, graph: () => GraphCanvas): { update(state: ViewState): void; destroy(): void } {
  const data = (format: ExportFormat, table?: ExportTable) => async () => {
    const [window] = planGraphRequests(store.get());
    const { blob, filename } = await api.exportFile({ ...window, format, ...(table ? { table } : {}) });
    saveFile(blob, filename);
  };
  const picture = (extension: 'png' | 'svg') => async () => {
    const blob = extension === 'png' ? await drawGraphPng(graph()) : await drawGraphSvg(graph());
    saveFile(blob, `${nameView(store.get())}.${extension}`);
  };
  const items: MenuItem[] = [
    { id: 'csv-events', label: 'Events', hint: 'CSV', save: data('csv', 'events') },
    { id: 'csv-participants', label: 'Participants', hint: 'CSV', save: data('csv', 'participants') },
    { id: 'csv-actors', label: 'Actors', hint: 'CSV', save: data('csv', 'actors') },
    { id: 'csv-relations', label: 'Relations', hint: 'CSV', save: data('csv', 'relations') },
    { id: 'graphml', label: 'Actor graph', hint: 'GraphML', save: data('graphml') },
    { id: 'gexf', label: 'Actor graph', hint: 'GEXF (Gephi)', save: data('gexf') },
    { id: 'json', label: 'Extractions', hint: 'JSON', save: data('json') },
    { id: 'png', label: 'Graph view', hint: 'PNG', save: picture('png') },
    { id: 'svg', label: 'Graph view', hint: 'SVG', save: picture('svg') },
  ];
  const status = h('p', { className: 'export-status', testid: 'export-status', role: 'status' });
  const menu = h('details', { className: 'export-menu', testid: 'export-menu' },
    h('summary', { testid: 'export-button' }, 'Export'),
    h('div', { className: 'export-list', role: 'menu', testid: 'export-list' },
      h('p', { className: 'label' }, 'The window and filters in view'),
      ...items.map((item) => h('button', { type: 'button', role: 'menuitem', testid: `export-${item.id}`, onclick: () => void run(item) }, item.label, h('small', {}, item.hint))),
      status,
    ),
  );
  el.replaceChildren(menu);
  // As menus do: a click elsewhere or Escape closes it.
  const closeOnOutsideClick = (event: MouseEvent) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (menu.open && event.key === 'Escape') menu.open = false;
  };
  document.addEventListener('click', closeOnOutsideClick);
  document.addEventListener('keydown', closeOnEscape);

  async function run(item: MenuItem) {
    status.textContent = 'Preparing…';
    status.classList.remove('error');
    try {
      await item.save();
      status.textContent = '';
      menu.open = false;
    } catch (error) {
      status.textContent = (error as Error).message;
      status.classList.add('error');
    }
  }

  return {
    update: () => {},
    destroy() {
      document.removeEventListener('click', closeOnOutsideClick);
      document.removeEventListener('keydown', closeOnEscape);
      el.replaceChildren();
    },
  };
}

/** The picture's name says which window it shows, as the server's export names do. */
function nameView({ from, to, graph }: ViewState): string {
  if (graph === 'cypher') return 'diplomatic-graph_cypher-result';
  return `diplomatic-graph_${from === null && to === null ? 'all-dates' : `${from ?? 'start'}_to_${to ?? 'end'}`}_view`;
}
