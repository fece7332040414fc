/**
 * The evidence panel: the selected event (summary, date, place, participants and their roles) and
 * every report of it: per article, its source and publication date, the date it gave when that differs
 * from the event's, and the sentences that report it highlighted inside the article's text; for an
 * event GDELT coded, what GDELT measured and a link to its source.
 */
import type { EventDetails, EventEvidence, EventReport } from '../../../server/contract/api.js';
import type { Api } from '../api.js';
import { h } from '../dom.js';
import { formatEventDate } from '../format-date.js';
import { colourOfEventType, humanize } from '../palette.js';
import type { Store } from '../store.js';
import { describeCorroboration } from '../timeline/map-timeline-items.js';
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

function renderEvent({ event, evidence, reports }: EventDetails, store: Store): HTMLElement[] {
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
    ...(event.gdelt ? [renderGdeltSource(event.gdelt, evidence)] : renderReports(event, evidence, reports)),
  ];
}

type EventFacts = EventDetails['event'];

// One box per reporting article, under a count of reports and sources.
function renderReports(event: EventFacts, evidence: readonly EventEvidence[], reports: readonly EventReport[]): HTMLElement[] {
  const heading = h('h3', { className: 'reports-heading', testid: 'report-count' }, describeCorroboration(event));
  const reportOf = new Map(reports.map((report) => [report.article.id, report]));
  return [heading, ...groupByArticle(evidence).map((passages) => renderArticle(passages, event, reportOf.get(passages[0]!.article.id)))];
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

function renderArticle(passages: EventEvidence[], event: EventFacts, report: EventReport | undefined): HTMLElement {
  const article = passages[0]!.article;
  // Without the stored text, the quoted sentences are all there is to show.
  const runs = article.text === null ? passages.map((p) => ({ text: p.text, highlighted: true })) : splitHighlights(article.text, passages);
  const link = article.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title) : h('span', {}, article.title);
  return h(
    'article',
    { className: 'source-article', testid: 'event-report' },
    h('h3', {}, link),
    h('p', { className: 'muted' }, [article.source, `published ${formatEventDate(article.published, null, 'day')}`].filter((part) => part).join(' · ')),
    report ? renderReportDate(report, event) : null,
    h('div', { className: 'article-text', testid: 'article-text' }, ...runs.map((run) =>
      run.highlighted ? h('mark', { testid: 'evidence-sentence' }, run.text) : run.text,
    )),
  );
}

/** The date this report gave, when it is not the event's: disagreeing reports stay visible. */
function renderReportDate({ date, status }: EventReport, event: EventFacts): HTMLElement | null {
  const sameDate = date.start === event.start && date.end === event.end && date.precision === event.precision;
  if (sameDate && status === event.status) return null;
  const said = sameDate ? status : `${formatEventDate(date.start, date.end, date.precision)}${status === event.status ? '' : ` · ${status}`}`;
  return h('p', { className: 'report-date', testid: 'report-date' }, `This report: ${said}`);
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
