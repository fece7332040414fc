/**
 * The text as the extractor and CoreNLP read it: in an article hard-wrapped at a fixed width (wire copy,
 * e-mail, text pasted from a terminal), a line break that only wraps a paragraph becomes a space, so a
 * sentence is no longer cut at each line end ("U.S. President" / "Barack Obama"). One character for one:
 * every offset into the original text holds, and evidence still quotes the original.
 */

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** The line without its line break and trailing spaces (nor a carriage return). */
  text: string;
}

/** A line that ends a sentence or opens a list: its break is the author's, whatever the layout. */
const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/u;
/** Bullets, dashes and numbers that open a list item or a bulleted summary line. */
const OPENS_LIST_ITEM = /^\s*(?:[*•·▪‣◦–—-]\s|\(?\d{1,3}[.)]\s|\([a-z]\)\s)/u;
const OPENS_LOWER_CASE = /^\s*["'“‘(]?\p{Ll}/u;
const FIRST_WORD = /^\s*(\S+)/u;

/** An article is hard-wrapped when at least this many lines run on into the next mid-sentence… */
const MIN_RUN_ON_LINES = 3;
/** …and they are at least this share of the lines followed directly by another line (not a blank line). */
const MIN_RUN_ON_SHARE = 0.5;
/** A wrapped article's lines stay within its width: past this share of longer lines, the short lines are headings, not wraps. */
const MAX_OVERLONG_SHARE = 0.1;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, text: part.trimEnd() });
    start += part.length + 1;
  }
  return lines;
}

/** Whether the break after `line` only wraps its paragraph: the next word would not have fitted on the line, or the sentence runs on in lower case. */
function isWrap(line: Line, next: Line, width: number): boolean {
  if (OPENS_LIST_ITEM.test(next.text)) return false;
  const nextWord = FIRST_WORD.exec(next.text)?.[1] ?? '';
  const full = line.text.length + 1 + nextWord.length > width;
  return full || (!ENDS_SENTENCE.test(line.text) && OPENS_LOWER_CASE.test(next.text));
}

/** Each line followed directly by another (no blank line between), with that next line. */
function pairLines(lines: Line[]): Array<[Line, Line]> {
  return lines.flatMap((line, i) => {
    const next = lines[i + 1];
    return next && line.text.trim() !== '' && next.text.trim() !== '' ? [[line, next] as [Line, Line]] : [];
  });
}

/** The wrap width of a hard-wrapped article (its longest run-on line), or null when its line breaks are the author's. */
function findWrapWidth(lines: Line[], pairs: Array<[Line, Line]>): number | null {
  const runOn = pairs.filter(([line, next]) => !ENDS_SENTENCE.test(line.text) && !OPENS_LIST_ITEM.test(next.text)).map(([line]) => line);
  if (runOn.length < MIN_RUN_ON_LINES || runOn.length < pairs.length * MIN_RUN_ON_SHARE) return null;
  const width = Math.max(...runOn.map((l) => l.text.length));
  const filled = lines.filter((l) => l.text.trim() !== '');
  const overlong = filled.filter((l) => l.text.length > width).length;
  return overlong <= filled.length * MAX_OVERLONG_SHARE ? width : null;
}

/** `text` with each line break that wraps a paragraph replaced by a space (a carriage return before it too); the same length. */
export function joinWrappedLines(text: string): string {
  const lines = splitLines(text);
  const pairs = pairLines(lines);
  const width = findWrapWidth(lines, pairs);
  if (width === null) return text;
  let joined = text;
  for (const [line, next] of pairs) {
    if (!isWrap(line, next, width)) continue;
    // From the end of the line's words to the next line: trailing spaces, a carriage return, the break.
    const from = line.start + line.text.length;
    joined = joined.slice(0, from) + ' '.repeat(next.start - from) + joined.slice(next.start);
  }
  return joined;
}
