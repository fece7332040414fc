/**
 * Bounds one result value for a person reading it: long lists keep their first items and end in a
 * `"… N more"` marker, long strings keep their start and end in `"… (N more characters)"`, at any depth.
 */
import type { PlainJson } from './to-plain-json.js';

export interface ValueLimits {
  listItems: number;
  stringChars: number;
}

/** `value` with every list and string cut to `limits`; everything else as it was. */
export function cutLargeValues(value: PlainJson, limits: ValueLimits): PlainJson {
  if (typeof value === 'string') return cutString(value, limits.stringChars);
  if (Array.isArray(value)) {
    const kept = value.slice(0, limits.listItems).map((item) => cutLargeValues(item, limits));
    return value.length > limits.listItems ? [...kept, `… ${value.length - limits.listItems} more`] : kept;
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, cutLargeValues(inner, limits)]));
}

function cutString(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars)}… (${text.length - chars} more characters)` : text;
}
