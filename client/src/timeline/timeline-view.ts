/**
 * The timeline view (vis-timeline): draws the events, writes the visible window to the store
 * (debounced, so scrubbing drives the graph without flooding it), highlights the selected
 * actor's events, opens the evidence of a clicked event and brings a selected event into view.
 */
import { DataSet } from 'vis-data/standalone';
import { Timeline, type TimelineOptions, type TimelineOptionsCluster } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineDensity, TimelineEvent } from '../../../server/contract/api.js';
import { describeViewError, isAbort, type Api } from '../api.js';
import { addDays, daysBetween, toIsoDay, toLocalDate } from '../format-date.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';
import { centreWindow, chooseDefaultWindow, type DayWindow } from './choose-default-window.js';
import { mapDensityItems, sampleDensityDays, type DensityItem } from './map-density-items.js';
import { mapTimelineItems, type TimelineGroup, type TimelineItem } from './map-timeline-items.js';
import { planTimelineFetch, type LoadedRange } from './plan-timeline-fetch.js';
import { createTimelineToolbar } from './timeline-toolbar.js';
import { installTimelineTypeCss } from './timeline-styles.js';
import { createUndatedTray } from './undated-tray.js';

const WINDOW_DEBOUNCE_MS = 300;
/** The most events drawn one by one (the explorer bench measures the timeline at 10,000); the server may list fewer (`TIMELINE_ITEM_LIMIT`). */
const EVENT_LIMIT = 10_000;
const DAY_MS = 86_400_000;
/**
 * Items that would overlap at the current zoom are drawn as one cluster ("3 events"), so each lane
 * stays about one row high and every lane fits the pane; zooming in (or double-clicking) opens them.
 */
const CLUSTERING: TimelineOptionsCluster = { maxItems: 1, titleTemplate: '{count} events: double-click or zoom in to see them', showStipes: false };
/** vis-timeline's default (10) needs about 14 wheel notches from years down to a month; this needs about 5. */
const ZOOM_FRICTION = 4;

export interface TimelineView {
  update(state: ViewState, previous: ViewState): void;
  destroy(): void;
}

/** Mounts the timeline into `el`. */
export function createTimelineView(el: HTMLElement, store: Store, api: Api): TimelineView {
  installTimelineTypeCss();
  el.classList.add('timeline-view');
  el.dataset.testid = 'timeline';
  const status = document.createElement('div');
  status.className = 'view-status';
  const container = document.createElement('div');
  container.className = 'timeline-container';
  const tray = createUndatedTray(store);
  const toolbar = createTimelineToolbar(store, { fit: () => fitAll(), showDays: (days) => showDays(days), toggleLanes: () => toggleLanes() }, tray.element);
  el.append(toolbar.element, container, status);

  const items = new DataSet<TimelineItem | DensityItem>();
  const groups = new DataSet<TimelineGroup>();
  const options: TimelineOptions = {
    height: '100%',
    // Items stacked from the top, so the view opens on the first groups rather than scrolled to the last.
    orientation: { axis: 'top', item: 'top' },
    // Lanes start collapsed, one row each with overlaps clustered, so every lane fits; a click on a lane name expands them.
    stack: false,
    verticalScroll: true,
    showCurrentTime: false,
    zoomMin: 2 * DAY_MS,
    zoomMax: 40 * 365 * DAY_MS,
    zoomFriction: ZOOM_FRICTION,
    margin: { item: { horizontal: 2, vertical: 3 }, axis: 3 },
    groupOrder: 'order',
    tooltip: { followMouse: true, overflowMethod: 'cap' },
    cluster: CLUSTERING,
    template: (item?: TimelineItem | ClusterData) => renderItem(item),
  };
  const timeline = new Timeline(container, items, groups, options);

  let events: TimelineEvent[] = [];
  /** The loaded window's counts, when it held more events than the server lists; drawn as a band instead of items. */
  let density: TimelineDensity | null = null;
  let banded = false;
  let loaded: LoadedRange | null = null;
  let controller: AbortController | null = null;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  /** Opened with no window in the URL: the first load chooses one where the events are. */
  let defaultPending = store.get().from === null;
  let allItems: TimelineItem[] = [];
  let expanded = false;
  /** The last event looked up by `seek`, so a missing or undated one is asked for once. */
  let sought: string | null = null;

  /** A double-clicked cluster fits the window to its events; vis-timeline reports that as not the reader's change. */
  let clusterOpening = false;
  timeline.on('doubleClick', (props: { isCluster: boolean }) => {
    if (props.isCluster) clusterOpening = true;
  });
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    countInView();
    if (!props.byUser && !clusterOpening) return;
    clusterOpening = false;
    clearTimeout(windowTimer);
    // Each settled gesture is a history step, so Back undoes a zoom or a drag.
    windowTimer = setTimeout(() => store.set(toDayWindow(props.start, props.end)), WINDOW_DEBOUNCE_MS);
  });
  timeline.on('click', (props: { what: string | null }) => {
    if (props.what === 'group-label') toggleLanes();
  });
  timeline.on('select', (props: { items: string[]; event: Event }) => {
    const picked = props.items[0] === undefined ? null : items.get(props.items[0]);
    const eventId = picked && 'eventId' in picked ? picked.eventId : null;
    if (eventId !== null && eventId !== store.get().event) store.set({ event: eventId, panel: 'details' });
  });

  const setStatus = (state: string, message: string) => {
    el.dataset.state = state;
    status.textContent = message;
    status.hidden = message === '';
  };

  async function load(state: ViewState) {
    const plan = planTimelineFetch(loaded, state);
    if (!plan) return;
    controller?.abort();
    controller = new AbortController();
    setStatus('loading', 'Loading events…');
    try {
      const query = {
        from: plan.from ?? undefined,
        to: plan.to ?? undefined,
        types: plan.types,
        minSources: String(plan.minSources),
        limit: String(EVENT_LIMIT),
      };
      const answer = await api.timeline(query, controller.signal);
      events = answer.events;
      density = answer.density ?? null;
      loaded = { ...plan, capped: answer.capped };
      redraw(store.get());
      if (density) setStatus('density', `${density.total.toLocaleString('en')} events here, drawn by ${density.unit}: zoom in to see them one by one.`);
      else {
        const note = answer.capped ? `Showing the first ${EVENT_LIMIT.toLocaleString('en')} events; zoom in to see the rest.` : '';
        setStatus(events.length === 0 ? 'empty' : 'ready', events.length === 0 ? 'No events match these filters.' : note);
      }
    } catch (error) {
      if (!isAbort(error)) setStatus('error', describeViewError(error));
    }
  }

  function redraw(state: ViewState) {
    const mapped = mapTimelineItems(events, state.group, state.actor);
    // The band spans the whole height without lanes (it has none of its own); the lanes come back with the events.
    if ((density !== null) !== banded) timeline.setGroups(density ? undefined : groups);
    banded = density !== null;
    groups.clear();
    groups.add(mapped.groups);
    items.clear();
    items.add(density ? mapDensityItems(density) : mapped.items);
    allItems = mapped.items;
    tray.show(mapped.undated);
    el.dataset.itemCount = String(mapped.items.length);
    const days = density ? sampleDensityDays(density) : mapped.items.map((item) => item.start);
    if (defaultPending && days.length > 0) openDefaultWindow(days);
    else showWindow(state);
    select(store.get().event);
    countInView();
  }

  /** Selects the event's items and, when none is in the window, moves the window (same width) onto it. */
  function select(eventId: string | null) {
    const ids = eventId === null ? [] : items.getIds({ filter: (item) => 'eventId' in item && item.eventId === eventId });
    timeline.setSelection(ids);
    const item = ids[0] === undefined ? null : items.get(ids[0]);
    if (item) {
      if (!ids.some((id) => isInWindow(items.get(id)))) moveWindowOnto(item.start, item.end === undefined ? item.start : addDays(item.end, -1));
    } else if (eventId !== null && !events.some((event) => event.id === eventId)) void seek(eventId);
  }

  /** An event outside the loaded range (a shared link, a search hit): its date comes from the API, then the window moves there and loads. */
  async function seek(eventId: string) {
    if (sought === eventId) return;
    sought = eventId;
    try {
      const { event } = await api.event(eventId);
      if (store.get().event === eventId && event.start !== null && event.precision !== 'unknown') moveWindowOnto(event.start, event.end ?? event.start);
    } catch {
      // Nothing to move to: the evidence panel, which loads the same event, says when it is missing or the server is down.
    }
  }

  function moveWindowOnto(from: string, to: string) {
    const { start, end } = timeline.getWindow();
    const width = Math.max(1, Math.round((end.getTime() - start.getTime()) / DAY_MS));
    store.set(centreWindow({ from, to }, Math.max(width, daysBetween(from, to) + 1)), 'replace');
  }

  function isInWindow(item: TimelineItem | DensityItem | null): boolean {
    if (!item) return false;
    const { start, end } = timeline.getWindow();
    const itemEnd = item.end === undefined ? toLocalDate(addDays(item.start, 1)) : toLocalDate(item.end);
    return toLocalDate(item.start) < end && itemEnd > start;
  }

  function countInView() {
    if (!density) toolbar.setCounts(allItems.filter(isInWindow).length, allItems.length);
    else toolbar.setCounts(countDensityInView(density), density.total);
  }

  /**
   * The window's share of the counts: whole buckets inside it, and parts of those across its edges by
   * their days. An event spanning several buckets counts in each, so this is capped at the total.
   */
  function countDensityInView({ unit, buckets, total }: TimelineDensity): number {
    const { start, end } = timeline.getWindow();
    const width = unit === 'day' ? 1 : 7;
    const inView = buckets.reduce((sum, bucket) => {
      const from = Math.max(toLocalDate(bucket.start).getTime(), start.getTime());
      const to = Math.min(toLocalDate(addDays(bucket.end, 1)).getTime(), end.getTime());
      return to > from ? sum + (bucket.count * (to - from)) / (width * DAY_MS) : sum;
    }, 0);
    return Math.min(total, Math.round(inView));
  }

  function openDefaultWindow(days: readonly string[]) {
    defaultPending = false;
    const chosen = chooseDefaultWindow(days);
    if (chosen) store.set(chosen, 'replace');
  }

  function showDays(days: number) {
    const { start, end } = timeline.getWindow();
    store.set(centreWindow(toDayWindow(start, end), days));
  }

  function showWindow(state: ViewState) {
    if (state.from === null || state.to === null) return;
    const { start, end } = timeline.getWindow();
    if (toIsoDay(start) === state.from && toIsoDay(new Date(end.getTime() - 1)) === state.to) return;
    timeline.setWindow(toLocalDate(state.from), toLocalDate(addDays(state.to, 1)), { animation: false });
  }

  /** Collapsed lanes are one row each (overlaps clustered); expanded ones stack every item. */
  function toggleLanes() {
    expanded = !expanded;
    // vis-timeline drops clustering on any setOptions that does not name it: expanding leaves it out, collapsing gives it back.
    timeline.setOptions(expanded ? { stack: true } : { stack: false, cluster: CLUSTERING });
    toolbar.setExpanded(expanded);
  }

  function fitAll() {
    defaultPending = false;
    timeline.fit({ animation: false });
    if (store.get().from !== null) store.set({ from: null, to: null });
  }

  void load(store.get());

  return {
    update(state, previous) {
      if (state.from !== previous.from || state.to !== previous.to) showWindow(state);
      const filtered = state.types.join() !== previous.types.join() || state.minSources !== previous.minSources;
      if (filtered || state.from !== previous.from || state.to !== previous.to) void load(state);
      if (state.group !== previous.group || state.actor !== previous.actor) redraw(state);
      else if (state.event !== previous.event) select(state.event);
    },
    destroy() {
      clearTimeout(windowTimer);
      controller?.abort();
      timeline.destroy();
      el.replaceChildren();
    },
  };
}

/** The ISO days a vis-timeline window covers (its end instant is exclusive). */
function toDayWindow(start: Date, end: Date): DayWindow {
  return { from: toIsoDay(start), to: toIsoDay(new Date(end.getTime() - 1)) };
}

/** An item's label, with hooks for the end-to-end tests (the event id travels with the element). */
/** What vis-timeline hands the template for a cluster instead of one of our items. */
interface ClusterData {
  isCluster: true;
  uiItems: unknown[];
}

function renderItem(item: TimelineItem | ClusterData | undefined): HTMLElement {
  const span = document.createElement('span');
  span.className = 'ev-label';
  if (!item) return span;
  if ('isCluster' in item) {
    span.dataset.testid = 'timeline-cluster';
    span.textContent = `${item.uiItems.length} events`;
    return span;
  }
  span.dataset.testid = 'timeline-item';
  span.dataset.eventId = item.eventId;
  span.textContent = item.content;
  return span;
}
