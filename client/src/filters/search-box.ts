/** The search box: suggestions from GET /api/search as you type; picking one selects that actor or event. */
import type { SearchResponse } from '../../../server/contract/api.js';
import { isAbort, type Api } from '../api.js';
import { h } from '../dom.js';
import { formatEventDate } from '../format-date.js';
import { colourOfEventType, colourOfKind, humanize } from '../palette.js';
import type { Store } from '../store.js';
import type { ViewState } from '../url-state.js';

const TYPING_DELAY_MS = 200;

interface Suggestion {
  label: string;
  detail: string;
  colour: string;
  pick(): void;
}

/** Mounts the search box into `el`. */
export function createSearchBox(el: HTMLElement, store: Store, api: Api): { update(state: ViewState): void; destroy(): void } {
  el.classList.add('search');
  const input = h('input', { type: 'search', placeholder: 'Search actors and events…', testid: 'search-box', autocomplete: 'off', ariaLabel: 'Search' });
  const list = h('ul', { className: 'suggestions', testid: 'search-suggestions', hidden: true });
  el.append(input, list);
  let suggestions: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const render = (message?: string) => {
    list.replaceChildren(...(message ? [h('li', { className: 'muted' }, message)] : suggestions.map(renderSuggestion)));
    list.hidden = !message && suggestions.length === 0;
  };
  const renderSuggestion = (s: Suggestion, i: number) => {
    const dot = h('i', { className: 'legend-dot' });
    dot.style.setProperty('--colour', s.colour);
    const item = h('li', { className: i === active ? 'active' : '', testid: 'search-suggestion', onmousedown: (e: Event) => (e.preventDefault(), choose(i)) }, dot, h('span', {}, s.label), h('small', {}, s.detail));
    return item;
  };
  const choose = (i: number) => {
    suggestions[i]?.pick();
    suggestions = [];
    input.blur();
    render();
  };

  async function lookUp(q: string) {
    controller?.abort();
    if (q.trim() === '') return ((suggestions = []), render());
    controller = new AbortController();
    try {
      suggestions = toSuggestions(await api.search(q, controller.signal), store);
      active = suggestions.length > 0 ? 0 : -1;
      render(suggestions.length === 0 ? `Nothing matches “${q}”.` : undefined);
    } catch (error) {
      if (!isAbort(error)) render((error as Error).message);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookUp(input.value), TYPING_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % Math.max(suggestions.length, 1);
      render();
    } else if (event.key === 'Enter' && active >= 0) choose(active);
    else if (event.key === 'Escape') ((suggestions = []), render());
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));

  return { update: () => undefined, destroy: () => (clearTimeout(timer), controller?.abort(), el.replaceChildren()) };
}

function toSuggestions(answer: SearchResponse, store: Store): Suggestion[] {
  return [
    ...answer.actors.map((actor) => ({
      label: actor.name,
      detail: humanize(actor.kind),
      colour: colourOfKind(actor.kind),
      pick: () => store.set({ actor: actor.id, panel: 'details' }),
    })),
    ...answer.events.map((event) => ({
      label: event.summary,
      detail: `${event.types.map(humanize).join(', ')} · ${formatEventDate(event.start, null, 'day')}`,
      colour: colourOfEventType(event.type),
      pick: () => store.set({ event: event.id, panel: 'details' }),
    })),
  ];
}
