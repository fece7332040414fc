/** The timeline's toolbar: the grouping switch, window buttons (fit all, week, month, year), counts, the undated tray and the key to planned events. */
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
  setExpanded(expanded: boolean): void;
}

/** Builds the toolbar; `tray` is placed beside the counts. The switch follows the store on every popstate. */
export function createTimelineToolbar(
  store: Store,
  actions: { fit(): void; showDays(days: number): void; toggleLanes(): void },
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
  const lanes = textButton('Expand lanes', 'timeline-expand', actions.toggleLanes);
  lanes.className = 'link-button';
  lanes.setAttribute('aria-pressed', 'false');
  bar.append(title, group, windows, lanes, counts, tray, createPlannedKey());
  return {
    element: bar,
    setCounts(inView, all) {
      counts.textContent = `${inView.toLocaleString('en')} in view · ${all.toLocaleString('en')} in all`;
      counts.dataset.inView = String(inView);
      counts.dataset.all = String(all);
    },
    setExpanded(expanded) {
      lanes.textContent = expanded ? 'Collapse lanes' : 'Expand lanes';
      lanes.setAttribute('aria-pressed', String(expanded));
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

/** The lanes name the types and the filter pills show their colours; only the planned style needs a key. */
function createPlannedKey(): HTMLElement {
  const key = document.createElement('span');
  key.className = 'legend legend-item timeline-legend';
  key.dataset.testid = 'timeline-legend';
  const mark = document.createElement('i');
  mark.className = 'legend-planned';
  key.append(mark, 'planned');
  return key;
}
