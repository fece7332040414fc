import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../../server/extractor/segments/split-clauses.js';

const clauses = (s: string) => splitClauses(s).map((c) => s.slice(c.start, c.end));

describe('splitClauses', () => {
  it('separates an event from the event it follows', () => {
    expect(clauses('Talks stalled after the army shelled the town')).toEqual(['Talks stalled', 'the army shelled the town']);
  });

  it('separates a speaker prefix from what is said', () => {
    expect(clauses('Haddad: the siege must end')).toEqual(['Haddad', 'the siege must end']);
  });

  it('keeps "as the date" and abbreviations inside one clause', () => {
    expect(clauses('He named Oct. 3 as the day for a vote')).toEqual(['He named Oct. 3 as the day for a vote']);
  });

  it('keeps a relative clause between commas inside the clause around it, as a hole', () => {
    const sentence = 'Putin, who backs Lukashenko, spoke by phone with Merkel';
    const found = splitClauses(sentence);
    expect(found.map((c) => sentence.slice(c.start, c.end))).toEqual(['who backs Lukashenko', sentence]);
    expect(found[1]?.holes.map((h) => sentence.slice(h.start, h.end).trim())).toEqual(['who backs Lukashenko']);
  });

  it('opens a clause at ", and" after ordinary words, not at the end of a list of names', () => {
    expect(clauses('Sudan tested missiles, and the Security Council imposed sanctions')).toEqual(['Sudan tested missiles', 'the Security Council imposed sanctions']);
    expect(clauses('Russia, Turkey, and Iran agreed to a truce')).toEqual(['Russia, Turkey, and Iran agreed to a truce']);
  });

  it('cuts at "since" before a clause but not before a date', () => {
    expect(clauses('Talks stalled since the army advanced')).toEqual(['Talks stalled', 'the army advanced']);
    expect(clauses('The army has shelled the valley since last month')).toEqual(['The army has shelled the valley since last month']);
    expect(clauses('The town has been held since the end of January by the rebels')).toEqual(['The town has been held since the end of January by the rebels']);
  });
});
