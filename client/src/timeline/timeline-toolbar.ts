/** The timeline's toolbar: the grouping switch, "show everything", and the colour legend. */
import { EVENT_TYPES, colourOfEventType, humanize } from '../palette.js';
import type { Store } from '../store.js';
import type { Grouping } from './map-timeline-items.js';

/** Builds the toolbar; the switch reflects the store on every popstate via `sync`. */
export function createTimelineToolbar(store: Store, onFit: () => void): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'timeline-toolbar';
  const title = document.createElement('strong');
  title.textContent = 'Timeline';
  const group = document.createElement('div');
  group.className = 'segmented';
  group.dataset.testid = 'timeline-group-switch';
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', 'Group events by');
  const buttons = (['type', 'actor'] as const).map((value) => groupButton(value, store));
  group.append('Group by ', ...buttons);
  store.subscribe((state) => buttons.forEach((b) => b.setAttribute('aria-checked', String(b.value === state.group))));

  const fit = document.createElement('button');
  fit.type = 'button';
  fit.className = 'link-button';
  fit.dataset.testid = 'timeline-fit';
  fit.textContent = 'Show all dates';
  fit.addEventListener('click', onFit);
  bar.append(title, group, fit, createTypeLegend());
  return bar;
}

function groupButton(value: Grouping, store: Store): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.value = value;
  button.textContent = value === 'type' ? 'event type' : 'actor';
  button.setAttribute('role', 'radio');
  button.setAttribute('aria-checked', String(store.get().group === value));
  button.addEventListener('click', () => store.set({ group: value }));
  return button;
}

function createTypeLegend(): HTMLElement {
  const legend = document.createElement('div');
  legend.className = 'legend timeline-legend';
  legend.dataset.testid = 'timeline-legend';
  for (const type of EVENT_TYPES) {
    const item = document.createElement('span');
    item.className = 'legend-item';
    const mark = document.createElement('i');
    mark.className = 'legend-dot';
    mark.style.setProperty('--colour', colourOfEventType(type));
    item.append(mark, humanize(type));
    legend.append(item);
  }
  const planned = document.createElement('span');
  planned.className = 'legend-item';
  const mark = document.createElement('i');
  mark.className = 'legend-planned';
  planned.append(mark, 'planned');
  legend.append(planned);
  return legend;
}
