/** A user's search box text as a Lucene query for the full-text indexes, with nothing left to interpret. */

// The indexes' standard analyzer splits words at anything but letters and digits; splitting the same
// way drops every Lucene syntax character (+ - ! ( ) : ^ [ ] " { } ~ * ? \ / & |) from the input.
const NON_WORD = /[^\p{L}\p{N}]+/u;
// Lower case keeps AND, OR and NOT words, not operators.
const toWords = (text: string) => text.toLowerCase().split(NON_WORD).filter((word) => word !== '');

/** Every word required, matched whole (ranked higher) or as a prefix ("ker" finds "Kerry"); null when no word is left. */
export function toLuceneQuery(text: string): string | null {
  const words = toWords(text);
  if (words.length === 0) return null;
  return words.map((word) => `(${word}^2 OR ${word}*)`).join(' AND ');
}
