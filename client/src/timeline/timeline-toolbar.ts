/** The timeline's toolbar: the grouping switch, window buttons (fit all, week, month, year), counts, the undated tray and the colour legend. */
import { EVENT_TYPES, colourOfEventType, humanize } from '../palette.js';
import type { Store } from '../store.js';
import type { Grouping } from './map-timeline-items.js';

/** The quick ranges, in days: each re-centres the window at that width. */
export const QUICK_RANGES = [
  { label: 'Week', days: 7 },
  { label: 'Month', days: 30 },
  { label: 'Year', days: 365 },
] as const;

export interface TimelineToolbar {
  element: HTMLElement;
  /** Says what the counts count: events drawn in the window, and all loaded (undated included). */
  setCounts(inView: number, all: number): void;
}

/** Builds the toolbar; `tray` is placed beside the counts. The switch follows the store on every popstate. */
export function createTimelineToolbar(
  store: Store,
  actions: { fit(): void; showDays(days: number): void },
  tray: HTMLElement,
): TimelineToolbar {
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

  const windows = document.createElement('div');
  windows.className = 'segmented';
  windows.setAttribute('aria-label', 'Time window');
  const fit = textButton('Fit all', 'timeline-fit', actions.fit);
  fit.title = 'Show every dated event';
  windows.append(fit, ...QUICK_RANGES.map(({ label, days }) => textButton(label, `timeline-range-${label.toLowerCase()}`, () => actions.showDays(days))));

  const counts = document.createElement('span');
  counts.className = 'timeline-counts';
  counts.dataset.testid = 'timeline-counts';
  bar.append(title, group, windows, counts, tray, createTypeLegend());
  return {
    element: bar,
    setCounts(inView, all) {
      counts.textContent = `${inView.toLocaleString('en')} in view · ${all.toLocaleString('en')} in all`;
      counts.dataset.inView = String(inView);
      counts.dataset.all = String(all);
    },
  };
}

function textButton(label: string, testid: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = testid;
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
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
