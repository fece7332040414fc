/**
 * The Cypher console: editor (history, completion, Ctrl+Enter), example queries, run button,
 * errors with Neo4j's message and position, and the result — as a table here, or drawn in the
 * graph pane. Each answer replaces the last one whole: a result with no nodes hands the graph
 * pane back to the timeline window. The console can take the whole width for wide tables.
 */
import type { CypherResponse, CypherVocabulary } from '../../../server/contract/api.js';
import { isAbort, type Api } from '../api.js';
import { h } from '../dom.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { createCypherCompletion } from './complete-cypher.js';
import { createCypherEditor } from './cypher-editor.js';
import { parseExamples } from './parse-example.js';
import { createQueryHistory } from './query-history.js';
import { readErrorPosition } from './read-error-position.js';
import { renderResultsTable } from './results-table.js';

// Bundled at build time, so the examples need no server route.
const EXAMPLE_FILES = import.meta.glob('../../../cypher/examples/*.cypher', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const QUERY_SAVE_DELAY_MS = 500;

export interface ConsoleLayout {
  setWide(wide: boolean): void;
  isWide(): boolean;
}

/** Mounts the console into `el`; `layout` widens the sidebar it lives in. */
export function createCypherConsole(el: HTMLElement, store: Store, api: Api, layout: ConsoleLayout): { update(state: ViewState): void; destroy(): void } {
  el.classList.add('cypher-console');
  el.dataset.testid = 'cypher-console';
  const examples = parseExamples(EXAMPLE_FILES);
  const editorHost = h('div', { className: 'cypher-editor', testid: 'cypher-editor' });
  const runButton = h('button', { type: 'button', className: 'primary', testid: 'cypher-run', onclick: () => void run() }, 'Run');
  const status = h('span', { className: 'muted', testid: 'cypher-status' });
  const error = h('div', { className: 'error', testid: 'cypher-error', hidden: true, role: 'alert' });
  const results = h('div', { className: 'results-host', testid: 'cypher-results' });
  const viewSwitch = createViewSwitch(store, layout);
  const wideButton = h('button', { type: 'button', className: 'link-button', testid: 'cypher-wide', onclick: () => toggleWide() }, 'Full width');
  const exampleList = h('div', { className: 'examples', testid: 'cypher-examples' }, h('span', { className: 'label' }, 'Examples'),
    ...examples.map((example) =>
      h('button', { type: 'button', className: 'example', title: example.query, testid: 'cypher-example', onclick: () => (editor.setText(example.query), void run()) }, example.title),
    ),
  );
  el.append(
    exampleList,
    editorHost,
    h('div', { className: 'cypher-actions' }, runButton, h('small', { className: 'muted' }, 'Ctrl+Enter · ↑↓ history'), status),
    error,
    h('div', { className: 'results-bar' }, viewSwitch.el, wideButton),
    results,
  );

  let vocabulary: CypherVocabulary | null = null;
  api.cypherVocabulary().then((names) => (vocabulary = names), () => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;
  const history = createQueryHistory(readLocalStorage());
  const editor = createCypherEditor(editorHost, {
    initial: store.get().query || examples[0]?.query || '',
    onRun: () => void run(),
    onChange(text) {
      clearTimeout(timer);
      timer = setTimeout(() => store.set({ query: text }, 'replace'), QUERY_SAVE_DELAY_MS);
    },
    history,
    complete: createCypherCompletion(() => vocabulary),
  });

  async function run() {
    const query = editor.text().trim();
    if (query === '') return showError('Write a query first, or pick an example.');
    history.add(query);
    controller?.abort();
    controller = new AbortController();
    runButton.disabled = true;
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      const answer = await api.cypher(query, controller.signal);
      showAnswer(answer, performance.now() - started);
      const drawable = answer.graph.nodes.length > 0;
      store.inspectNode(null);
      store.setCypherGraph(drawable ? answer.graph : null);
      store.set({ query, graph: drawable ? 'cypher' : 'window' });
    } catch (failure) {
      if (!isAbort(failure)) showError((failure as Error).message);
    } finally {
      runButton.disabled = false;
    }
  }

  function showAnswer(answer: CypherResponse, ms: number) {
    error.hidden = true;
    editor.markError(null);
    const { nodes, relationships } = answer.graph;
    const drawn = nodes.length > 0 ? ` · ${nodes.length} nodes drawn in the graph, ${relationships.length} relationships` : '';
    status.textContent = `${answer.rows.length} row${answer.rows.length === 1 ? '' : 's'}${answer.truncated ? ' (cut at the row or size cap)' : ''} · ${Math.round(ms)} ms${drawn}`;
    results.replaceChildren(renderResultsTable(answer));
    viewSwitch.setDrawable(nodes.length > 0);
  }

  function showError(message: string) {
    status.textContent = '';
    error.textContent = message;
    error.hidden = false;
    results.replaceChildren();
    viewSwitch.setDrawable(false);
    const position = readErrorPosition(message);
    editor.markError(position ? { offset: position.offset, message } : null);
  }

  function toggleWide() {
    layout.setWide(!layout.isWide());
    wideButton.textContent = layout.isWide() ? 'Side panel' : 'Full width';
  }

  // A link to a drawn Cypher result reruns its query, since results are not kept in the URL.
  if (store.get().graph === 'cypher' && store.get().query.trim() !== '') void run();

  return {
    update(state) {
      editor.setText(state.query || editor.text());
      viewSwitch.update(state);
      wideButton.textContent = layout.isWide() ? 'Side panel' : 'Full width';
    },
    destroy() {
      clearTimeout(timer);
      controller?.abort();
      editor.destroy();
      el.replaceChildren();
    },
  };
}

/**
 * Table or graph: the graph pane draws the result (leaving full width, so it can be seen) or goes
 * back to the timeline window; the table stays in the console either way.
 */
function createViewSwitch(store: Store, layout: ConsoleLayout) {
  const button = (view: ViewState['graph'], label: string) =>
    h('button', { type: 'button', role: 'radio', testid: `results-view-${view === 'cypher' ? 'graph' : 'table'}`, onclick: () => choose(view) }, label);
  const table = button('window', 'Table');
  const graph = button('cypher', 'Graph');
  const el = h('div', { className: 'segmented', role: 'radiogroup', ariaLabel: 'Show the result as' }, 'Result', table, graph);
  const choose = (view: ViewState['graph']) => {
    if (view === 'cypher') layout.setWide(false);
    store.set({ graph: view });
  };
  const update = (state: ViewState) => {
    table.setAttribute('aria-checked', String(state.graph !== 'cypher'));
    graph.setAttribute('aria-checked', String(state.graph === 'cypher'));
  };
  update(store.get());
  graph.disabled = store.cypherGraph() === null;
  return {
    el,
    update,
    setDrawable: (drawable: boolean) => void (graph.disabled = !drawable),
  };
}

/** The page's localStorage, or null where the browser refuses it (some private modes throw on access). */
function readLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
