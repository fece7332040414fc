/** A user's search box text as a Lucene query for the full-text indexes, with nothing left to interpret. */

// The indexes' standard analyzer splits words at anything but letters and digits; splitting the same
// way drops every Lucene syntax character (+ - ! ( ) : ^ [ ] " { } ~ * ? \ / & |) from the input.
const NON_WORD = /[^\p{L}\p{N}]+/u;
const COMBINING_MARK = /\p{M}/gu;
/**
 * The stop words of the indexes' analyzer (standard-folding: Lucene's English set), which it leaves
 * out of the index: required in a query, "the" would match nothing. An integration test checks the list against Neo4j's.
 */
export const INDEX_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);
// Lower case would keep AND, OR and NOT words, not operators; as stop words they go anyway. Accents are folded here too: the indexes'
// folding analyzer folds the whole words of a query, but Lucene leaves prefix and fuzzy terms as typed.
const toWords = (text: string) =>
  text
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .normalize('NFC')
    .toLowerCase()
    .split(NON_WORD)
    .filter((word) => word !== '' && !INDEX_STOP_WORDS.has(word));

/**
 * Edits a word may be off by and still match: none for one or two letters (anything would match),
 * one up to five letters ("kery" finds "kerry"), two beyond, Lucene's most.
 */
export function allowedEdits(word: string): 0 | 1 | 2 {
  const letters = [...word].length;
  return letters <= 2 ? 0 : letters <= 5 ? 1 : 2;
}

/**
 * Every word required, matched whole (ranked highest), as a prefix ("ker" finds "Kerry") or, past
 * two letters, within a typo or two ("Kery" finds "Kerry"); null when no word is left (stop words go).
 */
export function toLuceneQuery(text: string): string | null {
  const words = toWords(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const edits = allowedEdits(word);
      return `(${word}^3 OR ${word}*^2${edits === 0 ? '' : ` OR ${word}~${edits}`})`;
    })
    .join(' AND ');
}
