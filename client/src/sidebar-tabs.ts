/** The sidebar's two tabs (details, Cypher console); the open tab is the store's `panel`. */
import { h } from './dom.js';
import type { Store } from './store.js';
import type { ViewState } from './url-state.js';

/** Wires the tab buttons and shows the panel the store names. */
export function createSidebarTabs(el: HTMLElement, panels: Record<ViewState['panel'], HTMLElement>, store: Store) {
  const buttons = (Object.keys(panels) as ViewState['panel'][]).map((panel) =>
    h('button', { type: 'button', role: 'tab', value: panel, testid: `tab-${panel}`, onclick: () => store.set({ panel }) }, panel === 'details' ? 'Details' : 'Cypher console'),
  );
  el.replaceChildren(...buttons);
  const update = (state: ViewState) => {
    for (const button of buttons) button.setAttribute('aria-selected', String(button.value === state.panel));
    for (const [panel, host] of Object.entries(panels)) host.hidden = panel !== state.panel;
  };
  update(store.get());
  return { update, destroy: () => el.replaceChildren() };
}
