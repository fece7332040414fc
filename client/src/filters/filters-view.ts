/** The filter bar: event types, actor kinds, the date range and the sources needed, all read from and written to the store. */
import { h } from '../dom.js';
import { ACTOR_KINDS, EVENT_TYPES, colourOfEventType, colourOfKind, humanize } from '../palette.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { isOn, toggleInList } from './toggle-list.js';

export interface FiltersView {
  update(state: ViewState): void;
  destroy(): void;
}

/** Mounts the filter bar into `el`. */
export function createFiltersView(el: HTMLElement, store: Store): FiltersView {
  el.classList.add('filters');
  el.dataset.testid = 'filters';
  const typePills = EVENT_TYPES.map((type) =>
    pill(type, colourOfEventType(type), 'filter-type', () => store.set({ types: toggleInList(store.get().types, type, EVENT_TYPES) })),
  );
  const kindPills = ACTOR_KINDS.map((kind) =>
    pill(kind, colourOfKind(kind), 'filter-kind', () => store.set({ kinds: toggleInList(store.get().kinds, kind, ACTOR_KINDS) })),
  );
  const from = h('input', { type: 'date', title: 'From (inclusive)', testid: 'filter-from' });
  const to = h('input', { type: 'date', title: 'To (inclusive)', testid: 'filter-to' });
  const onDates = () => {
    if (from.value && to.value && from.value > to.value) return to.setCustomValidity('The end comes before the start.');
    to.setCustomValidity('');
    store.set({ from: from.value || null, to: to.value || null });
  };
  from.addEventListener('change', onDates);
  to.addEventListener('change', onDates);
  // Corroboration: only events that at least this many distinct sources report.
  const minSources = h('input', { type: 'number', min: '1', max: '1000', step: '1', title: 'Only events at least this many sources report', testid: 'filter-min-sources' });
  minSources.addEventListener('change', () => {
    const value = Number(minSources.value);
    if (Number.isInteger(value) && value >= 1 && value <= 1_000) store.set({ minSources: value });
    else minSources.value = String(store.get().minSources);
  });
  const clear = h('button', { type: 'button', className: 'link-button', testid: 'filter-clear', onclick: () => store.set({ types: [], kinds: [], minSources: 1, from: null, to: null, expand: [] }) }, 'Clear filters');

  el.append(
    h('div', { className: 'filter-group', testid: 'filter-types' }, h('span', { className: 'label' }, 'Events'), ...typePills),
    h('div', { className: 'filter-group', testid: 'filter-kinds' }, h('span', { className: 'label' }, 'Actors'), ...kindPills),
    h('div', { className: 'filter-group' }, h('span', { className: 'label' }, 'Dates'), from, '–', to),
    h('label', { className: 'filter-group' }, h('span', { className: 'label' }, 'Sources ≥'), minSources),
    clear,
  );

  const update = (state: ViewState) => {
    typePills.forEach((p) => p.setAttribute('aria-pressed', String(isOn(state.types, p.value as never))));
    kindPills.forEach((p) => p.setAttribute('aria-pressed', String(isOn(state.kinds, p.value as never))));
    from.value = state.from ?? '';
    to.value = state.to ?? '';
    minSources.value = String(state.minSources);
  };
  update(store.get());
  return { update, destroy: () => el.replaceChildren() };
}

function pill(value: string, colour: string, testid: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', className: 'pill', value, testid, onclick: onClick }, h('i', { className: 'legend-dot' }), humanize(value));
  button.style.setProperty('--colour', colour);
  return button;
}
