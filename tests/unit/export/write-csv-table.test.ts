import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExportData } from '../../../server/export/read-export-data.js';
import { writeCsvTable } from '../../../server/export/write-csv-table.js';

function buildData(summary: string): ExportData {
  return {
    events: [{
      id: 'a1:e1', articleId: 'a1', type: 'statement', subtype: 'appeal', cameo: null, status: 'occurred',
      start: '2016-02-01', end: '2016-02-01', precision: 'day', place: 'Genève', summary, confidence: 0.8,
      participants: [{ actor: 'mistura', role: 'source' }, { actor: 'un', role: 'target' }],
      evidence: [
        { text: 'First passage, with a comma.', start: 0, end: 28, articleId: 'a1', localId: 'e1' },
        { text: 'Second "quoted" passage.', start: 29, end: 53, articleId: 'a1', localId: 'e1' },
      ],
      reports: [],
    }],
    actors: [
      { id: 'mistura', name: 'Staffan de Misturá', kind: 'person', aliases: ['de Mistura', 'Misturá'] },
      { id: 'un', name: 'United Nations', kind: 'organization', aliases: [] },
    ],
    relations: [{ source: 'mistura', type: 'REPRESENTS', target: 'un', passages: [{ articleId: 'a1', text: '', start: 0, end: 0 }, { articleId: 'a2', text: 'The UN envoy said.', start: 4, end: 22 }] }],
    articles: [],
    capped: false,
  };
}

const read = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

describe('writeCsvTable', () => {
  it('keeps accents, commas, quotes and line breaks inside their cells', () => {
    const [row] = read(writeCsvTable(buildData('Misturá appeals, again'), 'events'));
    expect(row).toMatchObject({ place: 'Genève', summary: 'Misturá appeals, again', evidence: 'First passage, with a comma.\nSecond "quoted" passage.', participants: 'mistura (source); un (target)' });
  });

  it('starts with a byte-order mark so spreadsheets read UTF-8', () => {
    expect(writeCsvTable(buildData('x'), 'actors').charCodeAt(0)).toBe(0xfeff);
  });

  it('quotes out a cell a spreadsheet would run as a formula', () => {
    const [row] = read(writeCsvTable(buildData('=HYPERLINK("http://example.org")'), 'events'));
    expect(row!.summary).toBe(`'=HYPERLINK("http://example.org")`);
  });

  it("names each participation's actor and counts each actor's events", () => {
    expect(read(writeCsvTable(buildData('x'), 'participants')).map((r) => [r.actor_name, r.role])).toEqual([['Staffan de Misturá', 'source'], ['United Nations', 'target']]);
    expect(read(writeCsvTable(buildData('x'), 'actors'))[0]).toMatchObject({ aliases: 'de Mistura; Misturá', events: '1' });
  });

  it('weighs a relation by its passages, lists their articles and leaves out the empty passage', () => {
    expect(read(writeCsvTable(buildData('x'), 'relations'))[0]).toMatchObject({ source_name: 'Staffan de Misturá', weight: '2', articles: 'a1; a2', evidence: 'The UN envoy said.' });
  });
});
