/** The place dateline that opens a wire story's paragraph: "SKHIRAT, Morocco -", "WASHINGTON/CARACAS -", "Moscow (Reuters) -". */

/** An all-caps city (or cities joined by "/"), then an optional region or country, date and agency. */
const CAPS_CITY = String.raw`[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]+)*`;
const REGION = String.raw`(?:,\s+[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2})?`;
const DAY = String.raw`(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?`;
const AGENCY = String.raw`\s*\([A-Z][\w.&' ]{0,30}\)`;
const DASH = String.raw`\s*[-–—]{1,2}\s+`;
/** A mixed-case city is a dateline only with an agency after it ("Moscow (Reuters) -"), so "Kerry - who..." is not one. */
/** "UNITED NATIONS: The Council voted…": some papers end an all-caps dateline with a colon. */
const COLON = String.raw`:\s+`;
const DATELINE = new RegExp(
  String.raw`^(?:${CAPS_CITY}${REGION}${DAY}(?:${AGENCY})?(?:${DASH}|${COLON})|[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2}${REGION}${DAY}${AGENCY}${DASH})`,
  'u',
);

/** How many characters of the line the dateline takes, dash and spaces included; 0 when it has none. */
export function findDatelineLength(line: string): number {
  return DATELINE.exec(line)?.[0].length ?? 0;
}
