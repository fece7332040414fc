/** The console's result table. */
import type { CypherResponse } from '../../../server/contract/api.js';
import { h } from '../dom.js';
import { formatCell } from './format-cell.js';

/** Rows beyond this are counted but not put in the DOM. */
const MAX_ROWS_SHOWN = 500;

/** Builds the table (or an empty-state line) for one answer. */
export function renderResultsTable(answer: CypherResponse): HTMLElement {
  if (answer.rows.length === 0) return h('p', { className: 'muted', testid: 'results-empty' }, 'The query returned no rows.');
  const shown = answer.rows.slice(0, MAX_ROWS_SHOWN);
  return h(
    'table',
    { className: 'results', testid: 'results-table' },
    h('thead', {}, h('tr', {}, ...answer.columns.map((column) => h('th', {}, column)))),
    h('tbody', {}, ...shown.map((row) => h('tr', { testid: 'results-row' }, ...answer.columns.map((column) => h('td', {}, formatCell(row[column])))))),
  );
}
