/**
 * The Cypher console: editor, example queries, run button, inline errors and the result table.
 * Nodes and relationships in a result go to the store, from where the graph view draws them.
 */
import type { CypherResponse } from '../../../server/contract/api.js';
import { isAbort, type Api } from '../api.js';
import { h } from '../dom.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { createCypherEditor } from './cypher-editor.js';
import { parseExamples } from './parse-example.js';
import { renderResultsTable } from './results-table.js';

// Bundled at build time, so the examples need no server route.
const EXAMPLE_FILES = import.meta.glob('../../../cypher/examples/*.cypher', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const QUERY_SAVE_DELAY_MS = 500;

/** Mounts the console into `el`. */
export function createCypherConsole(el: HTMLElement, store: Store, api: Api): { update(state: ViewState): void; destroy(): void } {
  el.classList.add('cypher-console');
  el.dataset.testid = 'cypher-console';
  const examples = parseExamples(EXAMPLE_FILES);
  const editorHost = h('div', { className: 'cypher-editor', testid: 'cypher-editor' });
  const runButton = h('button', { type: 'button', className: 'primary', testid: 'cypher-run', onclick: () => void run() }, 'Run');
  const status = h('span', { className: 'muted', testid: 'cypher-status' });
  const error = h('div', { className: 'error', testid: 'cypher-error', hidden: true, role: 'alert' });
  const results = h('div', { className: 'results-host', testid: 'cypher-results' });
  const exampleList = h('div', { className: 'examples', testid: 'cypher-examples' }, h('span', { className: 'label' }, 'Examples'),
    ...examples.map((example) =>
      h('button', { type: 'button', className: 'example', title: example.query, testid: 'cypher-example', onclick: () => (editor.setText(example.query), void run()) }, example.title),
    ),
  );
  el.append(exampleList, editorHost, h('div', { className: 'cypher-actions' }, runButton, h('small', { className: 'muted' }, 'Ctrl+Enter'), status), error, results);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;
  const editor = createCypherEditor(editorHost, store.get().query || examples[0]?.query || '', () => void run(), (text) => {
    clearTimeout(timer);
    timer = setTimeout(() => store.set({ query: text }, 'replace'), QUERY_SAVE_DELAY_MS);
  });

  async function run() {
    const query = editor.text().trim();
    if (query === '') return showError('Write a query first, or pick an example.');
    controller?.abort();
    controller = new AbortController();
    runButton.disabled = true;
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      const answer = await api.cypher(query, controller.signal);
      showAnswer(answer, performance.now() - started);
      const drawable = answer.graph.nodes.length > 0;
      store.setCypherGraph(drawable ? answer.graph : null);
      store.set({ query, graph: drawable ? 'cypher' : store.get().graph });
    } catch (failure) {
      if (!isAbort(failure)) showError((failure as Error).message);
    } finally {
      runButton.disabled = false;
    }
  }

  function showAnswer(answer: CypherResponse, ms: number) {
    error.hidden = true;
    const drawn = answer.graph.nodes.length > 0 ? ` · ${answer.graph.nodes.length} nodes drawn in the graph` : '';
    status.textContent = `${answer.rows.length} row${answer.rows.length === 1 ? '' : 's'}${answer.truncated ? ' (cut at the row or size cap)' : ''} · ${Math.round(ms)} ms${drawn}`;
    results.replaceChildren(renderResultsTable(answer));
  }

  function showError(message: string) {
    status.textContent = '';
    error.textContent = message;
    error.hidden = false;
    results.replaceChildren();
  }

  // A link to a drawn Cypher result reruns its query, since results are not kept in the URL.
  if (store.get().graph === 'cypher' && store.get().query.trim() !== '') void run();

  return {
    update: (state) => editor.setText(state.query || editor.text()),
    destroy() {
      clearTimeout(timer);
      controller?.abort();
      editor.destroy();
      el.replaceChildren();
    },
  };
}
