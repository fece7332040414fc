/** The details of a node from a Cypher result that is neither actor nor event: its labels and properties. */
import { h } from '../dom.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { formatCell } from './format-cell.js';

/** Mounts the panel into `el`; it shows while a node is inspected and no actor or event is open. */
export function createNodePropertiesPanel(el: HTMLElement, store: Store): { update(state: ViewState): void; destroy(): void } {
  el.classList.add('panel', 'node-panel');
  el.dataset.testid = 'node-panel';
  let shown: unknown = undefined;

  const update = (state: ViewState) => {
    const node = state.actor === null && state.event === null ? store.inspectedNode() : null;
    el.hidden = node === null;
    if (node === shown) return;
    shown = node;
    if (!node) return el.replaceChildren();
    const close = h('button', { type: 'button', className: 'close', title: 'Close', ariaLabel: 'Close', onclick: () => store.inspectNode(null) }, '×');
    el.replaceChildren(
      h('header', { className: 'panel-header' }, h('h2', { testid: 'node-labels' }, node.labels.map((label) => `:${label}`).join(' ') || 'Node'), close),
      h('table', { className: 'results properties', testid: 'node-properties' },
        h('tbody', {}, ...Object.entries(node.properties).map(([key, value]) => h('tr', {}, h('th', {}, key), h('td', {}, formatCell(value))))),
      ),
    );
  };
  update(store.get());
  return { update, destroy: () => el.replaceChildren() };
}
