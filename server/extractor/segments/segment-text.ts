/** Stage 1: split the article text into sentences with offsets and mark noise, never altering the text. */
import type { Segment, SegmentKind } from '../document-model.js';
import { findDatelineLength } from './find-dateline.js';

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'sen', 'rep', 'gov', 'prof', 'rev', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.u', 'st',
]);

const READ_TIME = /^\d+\s*(min|minute)s?\s+read$/i;
const DATELINE = /^(published:?\s*|updated:?\s*)?(\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})(\s*[-|,]?\s*\d{1,2}:\d{2}.*)?$/;
const PHOTO_CREDIT = /^[^.!?]{0,60}\b(AFP|Getty Images|Reuters|AP Photo|EPA|Anadolu Agency)\b[^.!?]{0,30}$/;
/** Bylines, credits and page furniture: "By Wire staff", "Reporting by the Rabat bureau; Editing by ...", "Related: ...", "Share this story". */
const BYLINE = /^By(?:\s+(?:[A-Z][\p{L}.'’-]*|(?:al|el|bin|ibn|abu|de|da|di|van|von|der|du|le|la)(?:-[A-Z][\p{L}'’-]*)?|and|staff|reporters?|correspondents?))+$/u;
const BOILERPLATE = /^(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|contributing|produced)\s+by\b.*|share\s+this(?:\s+\w+)?|advertisement|listen\s+to\s+this\s+(?:article|story)|related(?:\s+(?:coverage|content|articles?|stories|news))?(?::.*)?|read\s+more(?::.*)?|our\s+standards:.*|.*\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story))\b.*)$/iu;
const CAPTION = /(\[(Getty|AFP|Reuters|AP|EPA|Anadolu|file)[^\]]*\]|\((Getty|AFP|Reuters|AP|EPA)[^)]*(Photo|Images)\))\s*$|^(photo|file photo|image|caption)\s*:/i;

interface Line {
  start: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, text: part });
    start += part.length + 1;
  }
  return lines;
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()) || /^([A-Z]\.)+[A-Z]?$/.test(word);
}

/** Sentence boundaries inside one line, as [start, end) pairs relative to the line. */
function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const boundary = /[.!?]["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === '.' && isAbbreviation(text, m.index)) continue;
    spans.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

function trimSpan(text: string, [s, e]: [number, number]): [number, number] {
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

const normalize = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

interface Context {
  seen: Set<string>;
  title: string;
  lineAlone: boolean;
  otherLines: string[];
}

function classify(text: string, { seen, title, lineAlone, otherLines }: Context): SegmentKind {
  const key = normalize(text);
  if (!key || READ_TIME.test(text) || DATELINE.test(text) || PHOTO_CREDIT.test(text) || BYLINE.test(text) || BOILERPLATE.test(text) || seen.has(key)) return 'noise';
  if (key === title) return 'headline';
  if (CAPTION.test(text)) return 'caption';
  // A pull quote repeats a passage of another paragraph word for word.
  if (lineAlone && key.length > 30 && otherLines.some((l) => l !== key && l.includes(key))) return 'noise';
  return 'body';
}

/** Sentences of the article, each marked headline, body, caption or noise. */
export function segmentText(text: string, title = ''): Segment[] {
  const lines = splitLines(text).filter((l) => l.text.trim());
  const normalizedLines = lines.map((l) => normalize(l.text.slice(findDatelineLength(l.text))));
  const seen = new Set<string>();
  const segments: Segment[] = [];
  lines.forEach((line, paragraph) => {
    // A dateline names where the story was filed, not an actor: it becomes a noise segment of its own.
    const lead = findDatelineLength(line.text);
    const sentences = splitSentences(line.text.slice(lead)).map(([s, e]): [number, number] => [s + lead, e + lead]);
    const spans = [...(lead ? [[0, lead] as [number, number]] : []), ...sentences].map((span) => trimSpan(line.text, span)).filter(([s, e]) => e > s);
    for (const [s, e] of spans) {
      const sentence = line.text.slice(s, e);
      const context = { seen, title: normalize(title), lineAlone: sentences.length === 1, otherLines: normalizedLines };
      const kind = lead && s === 0 ? 'noise' : classify(sentence, context);
      seen.add(normalize(sentence));
      segments.push({ index: segments.length, paragraph, start: line.start + s, end: line.start + e, text: sentence, kind });
    }
  });
  return segments;
}
