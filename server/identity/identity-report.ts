/** One article's report of an event: what the identity rule compares, keyed `<articleId>:<localId>`. */
import type { FlatEventFields } from '../contract/flat-event-fields.js';

export interface IdentityReport extends FlatEventFields {
  /** `<articleId>:<localId>`: unique in the graph, and the id of the event when it is its cluster's smallest. */
  key: string;
  articleId: string;
  /** The event's id in its article's extraction document. */
  localId: string;
  /** The place's country (ISO 3166 alpha-2) when a gazetteer knows it: "Geneva" and "Switzerland" are compatible. */
  placeCountry: string | null;
  /** True when the place is a country itself (not a city or region in one). */
  placeIsCountry: boolean;
}

/** A report's key: its article's id and its id in that article's document. */
export function toReportKey(articleId: string, localId: string): string {
  return `${articleId}:${localId}`;
}

/** Orders report keys as the identity rule does (code units, as `<` on strings): the smallest names the event. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
