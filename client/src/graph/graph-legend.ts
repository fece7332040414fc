/**
 * The graph's legend: what a node's colour and size and an edge's colour, style and width mean.
 * Collapsed by default into a small button in a corner, so that it never covers the drawing unasked.
 */
import { ACTOR_KINDS, RELATION_TYPES, colourOfKind, colourOfRelation, humanize } from '../palette.js';

/** Builds the legend element (static: the encoding does not change with the data). */
export function createGraphLegend(): HTMLElement {
  const legend = document.createElement('details');
  legend.className = 'graph-legend';
  legend.dataset.testid = 'graph-legend';
  const summary = document.createElement('summary');
  summary.textContent = 'Legend';
  summary.dataset.testid = 'graph-legend-toggle';
  const body = document.createElement('div');
  body.className = 'legend';
  legend.append(summary, body);
  body.append(
    section('Actors', ACTOR_KINDS.map((kind) => swatch('dot', colourOfKind(kind), humanize(kind)))),
    section('Stated relations (arrow: direction)', RELATION_TYPES.map((type) => swatch('line', colourOfRelation(type), humanize(type)))),
    section('Links', [
      swatch('faint', '#7a8599', 'shared events (coloured by event type)'),
      note('link width: events shared'),
      note('node size: events in the window'),
    ]),
  );
  return legend;
}

function section(title: string, items: HTMLElement[]): HTMLElement {
  const element = document.createElement('div');
  element.className = 'legend-section';
  const heading = document.createElement('div');
  heading.className = 'legend-title';
  heading.textContent = title;
  element.append(heading, ...items);
  return element;
}

function swatch(shape: 'dot' | 'line' | 'faint', colour: string, label: string): HTMLElement {
  const item = document.createElement('span');
  item.className = 'legend-item';
  const mark = document.createElement('i');
  mark.className = `legend-${shape}`;
  mark.style.setProperty('--colour', colour);
  item.append(mark, label);
  return item;
}

function note(text: string): HTMLElement {
  const item = document.createElement('span');
  item.className = 'legend-item legend-note';
  item.textContent = text;
  return item;
}
