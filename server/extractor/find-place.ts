/** The place an event happened, when its sentence names one the gazetteer knows. */
import { locatePlace } from '../gazetteer/places.js';

const PLACE_NAME = String.raw`((?:eastern |western |northern |southern )?[A-Z][\p{L}'’-]+(?:\s+(?:al-)?[A-Z][\p{L}'’-]+){0,2})`;
const LOCATIVE = new RegExp(String.raw`\b(?:in|at|near|around|outside|inside)\s+(?:the\s+)?${PLACE_NAME}`, 'gu');
const ATTRIBUTIVE = new RegExp(String.raw`${PLACE_NAME}\s+(?:talks|meeting|summit|conference|peace talks|negotiations|agreements?|accords?)\b`, 'gu');

function firstKnown(names: string[]): string | null {
  for (const name of names) {
    for (let words = name.split(/\s+/); words.length; words = words.slice(0, -1)) {
      const candidate = words.join(' ');
      if (locatePlace(candidate)) return candidate;
    }
  }
  return null;
}

/** The located place nearest the trigger in the clause, else in the sentence. */
export function findPlace(clause: string, sentence: string): string | null {
  const names = (text: string) => [...text.matchAll(LOCATIVE), ...text.matchAll(ATTRIBUTIVE)].map((m) => m[1] ?? '');
  return firstKnown(names(clause)) ?? firstKnown(names(sentence));
}
