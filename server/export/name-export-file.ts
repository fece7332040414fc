/** The file name and media type an export is sent with: what it holds, its window and its table. */
import type { ExportQuery } from '../contract/api.js';

const MEDIA_TYPES = {
  // RFC 4180's type; `header=present` tells importers the first row names the columns.
  csv: 'text/csv; charset=utf-8; header=present',
  // Neither XML format has a registered type; these are the names Gephi's and networkx's users see.
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** e.g. `diplomatic-graph_2016-01-01_to_2016-03-31_events.csv`; only ids and ISO days go in, so the name is plain ASCII. */
export function nameExportFile({ format, table, from, to }: Pick<ExportQuery, 'format' | 'table' | 'from' | 'to'>): string {
  const window = from === undefined && to === undefined ? 'all-dates' : `${from ?? 'start'}_to_${to ?? 'end'}`;
  return `diplomatic-graph_${window}${format === 'csv' ? `_${table}` : ''}.${format}`;
}

/** The Content-Type header of an export. */
export function exportMediaType(format: ExportQuery['format']): string {
  return MEDIA_TYPES[format];
}
