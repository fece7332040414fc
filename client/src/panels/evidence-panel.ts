/**
 * The evidence panel: the selected event (summary, date, place, participants and their roles) and,
 * per article, the sentences that report it highlighted inside the article's text; for an event GDELT
 * coded, what GDELT measured and a link to its source.
 */
import type { EventDetails, EventEvidence } from '../../../server/contract/api.js';
import type { Api } from '../api.js';
import { h } from '../dom.js';
import { formatEventDate } from '../format-date.js';
import { colourOfEventType, humanize } from '../palette.js';
import type { Store } from '../store.js';
import { closeButton, createDetailsPanel, type DetailsPanel } from './create-details-panel.js';
import { splitHighlights } from './split-highlights.js';

/** Mounts the panel into `el`; it is hidden while no event is selected. */
export function createEvidencePanel(el: HTMLElement, store: Store, api: Api): DetailsPanel {
  return createDetailsPanel(el, store, {
    selection: 'event',
    name: 'evidence-panel',
    loadingText: 'Loading the evidence…',
    load: (id, signal) => api.event(id, signal),
    render: (details) => renderEvent(details, store),
    afterRender: () => revealFirstMark(el),
  });
}

function renderEvent({ event, evidence }: EventDetails, store: Store): HTMLElement[] {
  const type = h('span', { className: 'badge' }, humanize(event.type) + (event.subtype ? ` · ${event.subtype}` : ''));
  type.style.setProperty('--colour', colourOfEventType(event.type));
  const facts = [formatEventDate(event.start, event.end, event.precision), event.place, event.status === 'occurred' ? null : event.status];
  return [
    h('header', { className: 'panel-header' }, h('h2', {}, 'Event'), type, closeButton(store, 'event')),
    h('p', { className: 'event-summary', testid: 'event-summary' }, event.summary),
    h('p', { className: 'muted' }, facts.filter((fact) => fact).join(' · ')),
    h('ul', { className: 'participants' }, ...event.participants.map((p) =>
      h('li', {}, h('button', { type: 'button', className: 'link-button', onclick: () => store.set({ actor: p.actor }) }, p.name), h('span', { className: 'chip' }, p.role)),
    )),
    ...(event.gdelt ? [renderGdeltSource(event.gdelt, evidence)] : groupByArticle(evidence).map(renderArticle)),
  ];
}

// GDELT codes events from articles it does not pass on: what it measured, and a link to each source.
function renderGdeltSource(facts: NonNullable<EventDetails['event']['gdelt']>, evidence: readonly EventEvidence[]): HTMLElement {
  const quad = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'][facts.quadClass - 1];
  const sources = groupByArticle(evidence).map((passages) => {
    const article = passages[0]!.article;
    return h('li', {}, article.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.source) : h('span', {}, article.source));
  });
  return h(
    'article',
    { className: 'source-article', testid: 'gdelt-source' },
    h('h3', {}, 'Coded by GDELT'),
    h('p', { className: 'muted' }, `event ${facts.id} · ${quad} · Goldstein ${facts.goldstein} · ${facts.numMentions} mentions in ${facts.numSources} sources`),
    h('ul', { className: 'gdelt-sources' }, ...sources),
  );
}

function groupByArticle(evidence: readonly EventEvidence[]): EventEvidence[][] {
  const byArticle = new Map<string, EventEvidence[]>();
  for (const passage of evidence) byArticle.set(passage.article.id, [...(byArticle.get(passage.article.id) ?? []), passage]);
  return [...byArticle.values()];
}

function renderArticle(passages: EventEvidence[]): HTMLElement {
  const article = passages[0]!.article;
  // Without the stored text, the quoted sentences are all there is to show.
  const runs = article.text === null ? passages.map((p) => ({ text: p.text, highlighted: true })) : splitHighlights(article.text, passages);
  const link = article.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title) : h('span', {}, article.title);
  return h(
    'article',
    { className: 'source-article' },
    h('h3', {}, link),
    h('p', { className: 'muted' }, [article.source, `published ${formatEventDate(article.published, null, 'day')}`].filter((part) => part).join(' · ')),
    h('div', { className: 'article-text', testid: 'article-text' }, ...runs.map((run) =>
      run.highlighted ? h('mark', { testid: 'evidence-sentence' }, run.text) : run.text,
    )),
  );
}

/** Scrolls each article box to its first highlighted sentence, then the sidebar until the first of them is in sight. */
function revealFirstMark(el: HTMLElement) {
  // Both the sidebar body and the article boxes are positioned, so offsets are relative to them.
  el.parentElement?.scrollTo({ top: el.offsetTop });
  for (const box of el.querySelectorAll<HTMLElement>('.article-text')) {
    const mark = box.querySelector('mark');
    if (mark) box.scrollTop = mark.offsetTop - box.clientHeight / 3;
  }
  el.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
}
