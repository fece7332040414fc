import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

const extract = (text: string) => extractRecorded(buildArticle(text));

describe('foldRemarks', () => {
  it('folds a quotation with no addressee into the statement its speaker made, unless the quoted words make an actor act', () => {
    const remark = extract('Chilean Foreign Minister Ana Soto condemned Peru on Monday. "This is unacceptable," Soto told reporters.').events;
    expect(remark.map((e) => [e.subtype, e.evidence.length])).toEqual([['accusation', 2]]);
    const charge = extract('Chilean Foreign Minister Ana Soto condemned Peru on Monday. "Peru has broken the law," Soto told reporters.').events;
    expect(charge).toHaveLength(2);
  });

  it('reads a quotation that began in the sentence before as one too', () => {
    const text = 'Chilean Foreign Minister Ana Soto condemned Peru on Monday. "We are angry. This is unacceptable," Soto told reporters.';
    expect(extract(text).events.map((e) => [e.subtype, e.evidence.length])).toEqual([['accusation', 2]]);
  });
});
