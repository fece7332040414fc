/** The actor details panel: kind, aliases, roles, stated relations and events of the selected actor. */
import type { ActorDetails, ActorRelation, TimelineEvent } from '../../../server/contract/api.js';
import type { Api } from '../api.js';
import { h } from '../dom.js';
import { formatEventDate } from '../format-date.js';
import { colourOfEventType, colourOfKind, colourOfRelation, humanize } from '../palette.js';
import type { Store } from '../store.js';
import { closeButton, createDetailsPanel, type DetailsPanel } from './create-details-panel.js';

/** Mounts the panel into `el`; it is hidden while no actor is selected. */
export function createActorPanel(el: HTMLElement, store: Store, api: Api): DetailsPanel {
  return createDetailsPanel(el, store, {
    selection: 'actor',
    name: 'actor-panel',
    loadingText: 'Loading the actor…',
    load: (id, signal) => api.actor(id, signal),
    render: (details) => renderActor(details, store),
    onOtherChange: (state, previous) => {
      if (state.event !== previous.event) markSelectedEvent(el, state.event);
    },
  });
}

function renderActor(details: ActorDetails, store: Store): (HTMLElement | null)[] {
  const { actor } = details;
  const kind = h('span', { className: 'badge' }, humanize(actor.kind));
  kind.style.setProperty('--colour', colourOfKind(actor.kind));
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  const expand = h('button', { type: 'button', className: 'link-button', onclick: () => expandNeighbourhood(store, actor.id) }, 'Expand neighbourhood in the graph');
  return [
    h('header', { className: 'panel-header' }, h('h2', { testid: 'actor-name' }, actor.name), kind, closeButton(store, 'actor')),
    h('p', { className: 'muted', testid: 'actor-activity' }, `${details.activity} event${details.activity === 1 ? '' : 's'} in all · `, expand),
    aliases.length > 0 ? h('p', { className: 'aliases' }, h('span', { className: 'label' }, 'Also: '), aliases.join(' · ')) : null,
    section('Roles', details.roles.length === 0 ? null : h('div', { className: 'chips' }, ...details.roles.map((r) => h('span', { className: 'chip' }, `${r.role} × ${r.count}`)))),
    section('Relations', details.relations.length === 0 ? null : h('ul', { className: 'relations' }, ...details.relations.map((r) => renderRelation(r, store)))),
    section(`Events (${details.events.length})`, details.events.length === 0 ? null : h('ul', { className: 'event-list', testid: 'actor-events' }, ...details.events.map((e) => renderEvent(e, store)))),
  ];
}

function expandNeighbourhood(store: Store, id: string) {
  const { expand } = store.get();
  store.set({ graph: 'window', expand: expand.includes(id) ? expand : [...expand, id] });
}

function section(title: string, body: HTMLElement | null): HTMLElement {
  return h('section', {}, h('h3', {}, title), body ?? h('p', { className: 'muted' }, 'None recorded.'));
}

function renderRelation(relation: ActorRelation, store: Store): HTMLElement {
  const type = h('span', { className: 'relation-type' }, humanize(relation.type));
  type.style.setProperty('--colour', colourOfRelation(relation.type));
  const other = h('button', { type: 'button', className: 'link-button', onclick: () => store.set({ actor: relation.other.id }) }, relation.other.name);
  const quote = relation.evidence[0]?.text;
  const parts = relation.direction === 'out' ? ['→ ', type, ' ', other] : [other, ' ', type, ' → this actor'];
  return h('li', { title: quote ? `“${quote}”` : '' }, ...parts);
}

function renderEvent(event: TimelineEvent, store: Store): HTMLElement {
  const dot = h('i', { className: 'legend-dot' });
  dot.style.setProperty('--colour', colourOfEventType(event.type));
  const item = h(
    'li',
    { className: event.status === 'planned' ? 'planned' : '', onclick: () => store.set({ event: event.id }), tabIndex: 0 },
    h('span', { className: 'date' }, formatEventDate(event.start, event.end, event.precision)),
    dot,
    h('span', {}, event.summary),
  );
  item.dataset.eventId = event.id;
  item.classList.toggle('selected', event.id === store.get().event);
  return item;
}

function markSelectedEvent(el: HTMLElement, eventId: string | null) {
  for (const item of el.querySelectorAll<HTMLElement>('.event-list li')) item.classList.toggle('selected', item.dataset.eventId === eventId);
}
