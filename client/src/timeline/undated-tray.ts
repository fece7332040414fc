/**
 * The "undated" tray: events whose date the articles do not give cannot sit on the timeline, so
 * they are counted in the toolbar and listed in a drop-down; picking one opens its evidence.
 */
import type { TimelineEvent } from '../../../server/contract/api.js';
import type { Store } from '../store.js';
import { labelEvent } from './map-timeline-items.js';

export interface UndatedTray {
  element: HTMLElement;
  show(events: readonly TimelineEvent[]): void;
}

/** Builds the tray's button and list; hidden while every event is dated. */
export function createUndatedTray(store: Store): UndatedTray {
  const element = document.createElement('div');
  element.className = 'undated-tray';
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'link-button';
  toggle.dataset.testid = 'timeline-undated';
  toggle.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.className = 'undated-list';
  list.dataset.testid = 'timeline-undated-list';
  list.hidden = true;
  element.append(toggle, list);

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(list.hidden));
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.hidden) {
      event.stopPropagation();
      setOpen(false);
      toggle.focus();
    }
  });

  return {
    element,
    show(events) {
      element.hidden = events.length === 0;
      toggle.textContent = `Undated (${events.length})`;
      list.replaceChildren(...events.map((event) => entry(event, store, () => setOpen(false))));
      if (events.length === 0) setOpen(false);
    },
  };
}

function entry(event: TimelineEvent, store: Store, close: () => void): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'timeline-undated-event';
  button.dataset.eventId = event.id;
  button.textContent = labelEvent(event);
  button.title = event.summary;
  button.addEventListener('click', () => {
    close();
    store.set({ event: event.id, panel: 'details' });
  });
  item.append(button);
  return item;
}
