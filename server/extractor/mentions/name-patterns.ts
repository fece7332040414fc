/** Regular-expression pieces for personal names and titles, shared by the person finder and the reference resolver. */
import type { Titles } from '../lexicons/load-lexicons.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Kerry", "Ki-moon", "Ma'ruf", "al-Assad", "Lavrov". */
const NAME_TOKEN = String.raw`(?:[A-Z][\p{Ll}'’]+(?:-[A-Za-z][\p{Ll}'’]*)*|(?:al|el|ad|as|bin|ibn|abu)-[A-Z][\p{Ll}'’]+)`;
/** Lower-case particles inside names: "Staffan de Mistura", "Khalid Ma'ruf al Mansour". */
const CONNECTOR = String.raw`\s+(?:(?:de|da|di|van|von|bin|ibn|al|el|la|le|du|der|Al|El)\s+)?(?:[A-Z]\.?\s+)?`;

/** One to four name tokens; a full name of two or more is what a bare "X said" needs. */
export const NAME = `${NAME_TOKEN}(?:${CONNECTOR}${NAME_TOKEN}){0,3}`;
export const FULL_NAME = `${NAME_TOKEN}(?:${CONNECTOR}${NAME_TOKEN}){1,3}`;

/** Words that start sentences or name things, so never begin a personal name. */
export const NOT_NAME_WORDS = new Set([
  'The', 'But', 'And', 'In', 'On', 'At', 'As', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'There', 'If', 'While',
  'After', 'Before', 'Under', 'With', 'Speaking', 'According', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Secretary', 'State', 'Minister', 'President', 'Council', 'Security', 'General', 'Assembly', 'Foreign', 'Prime',
  'Nations', 'United', 'Union', 'Agreement', 'Agreements', 'Ceasefire', 'Committee', 'Group', 'Army', 'Forces',
  'Rights', 'Human', 'High', 'Commissioner', 'Deputy', 'Special', 'Envoy', 'Ambassador', 'Chancellor', 'Reuters', 'Photo',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Islamic', 'Republic', 'Front', 'People', 'Democratic', 'Party', 'Congress', 'House', 'White', 'Department', 'Ministry',
  // Hyphenated titles look like one name token ("Secretary-General Antonio Guterres").
  'Secretary-General', 'Director-General', 'Vice-President', 'Under-Secretary', 'Attorney-General', 'Governor-General',
]);

/** A title alternation whose first letter matches either case. */
export function compileTitlePattern(titles: Titles): { pattern: string; relationOf: (title: string) => 'LEADS' | 'REPRESENTS' } {
  const all = [...new Set([...titles.LEADS, ...titles.REPRESENTS])].sort((a, b) => b.length - a.length);
  const alternation = all.map((t) => `[${t[0]?.toUpperCase()}${t[0]?.toLowerCase()}]${escape(t.slice(1))}`).join('|');
  const leads = new Set(titles.LEADS.map((t) => t.toLowerCase()));
  const represents = new Set(titles.REPRESENTS.map((t) => t.toLowerCase()));
  const relationOf = (title: string) => (leads.has(title.toLowerCase()) && !represents.has(title.toLowerCase()) ? 'LEADS' : 'REPRESENTS');
  return { pattern: `(?:${alternation})`, relationOf };
}
