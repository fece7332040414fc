/**
 * The console's query history, as shells keep it: the arrows walk back and forth through earlier
 * queries, the text being written is kept as the newest step, and the list survives reloads in
 * localStorage (a browser that refuses storage keeps it for the page's life).
 */

const STORAGE_KEY = 'diplomatic-graph:cypher-history';
const MAX_ENTRIES = 100;

export interface QueryHistory {
  /** Records a query that was run (a repeat of the last one is not added twice). */
  add(query: string): void;
  /** The query before the one shown; `current` is kept as the draft. null at the oldest. */
  older(current: string): string | null;
  /** The query after the one shown, or the draft; null when already there. */
  newer(): string | null;
}

/** Reads the history from `storage` (or starts empty) and writes each addition back. */
export function createQueryHistory(storage: Pick<Storage, 'getItem' | 'setItem'> | null): QueryHistory {
  const entries = readEntries(storage);
  let cursor = entries.length;
  let draft = '';
  return {
    add(query) {
      if (query !== entries.at(-1)) entries.push(query);
      entries.splice(0, Math.max(0, entries.length - MAX_ENTRIES));
      cursor = entries.length;
      draft = '';
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(entries));
      } catch {
        // A full or refused storage only loses persistence.
      }
    },
    older(current) {
      if (cursor === 0) return null;
      if (cursor === entries.length) draft = current;
      return entries[--cursor]!;
    },
    newer() {
      if (cursor >= entries.length) return null;
      cursor++;
      return cursor === entries.length ? draft : entries[cursor]!;
    },
  };
}

function readEntries(storage: Pick<Storage, 'getItem'> | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}
