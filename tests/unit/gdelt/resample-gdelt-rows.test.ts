import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultActorCount, resampleGdeltRows, type ResampleOptions } from '../../../scripts/gdelt-generate/resample-gdelt-rows.js';
import { readSampleRows } from '../../../scripts/gdelt-generate/read-sample-rows.js';
import { writeGdeltExport } from '../../../scripts/gdelt-generate/write-gdelt-export.js';
import { readGdeltLines } from '../../../scripts/import-gdelt/read-gdelt-lines.js';
import { gdeltCodebook } from '../../../server/gdelt/load-gdelt-codebook.js';
import { mapGdeltRow } from '../../../server/gdelt/map-gdelt-row.js';
import { parseGdeltRow } from '../../../server/gdelt/parse-gdelt-row.js';

const EVENTS = 20_000;
const options: ResampleOptions = { events: EVENTS, seed: 7, firstDay: '2015-01-01', years: 5, actors: defaultActorCount(EVENTS) };

let rows: string[][];
let dir: string;

beforeAll(async () => {
  rows = await readSampleRows();
  dir = mkdtempSync(join(tmpdir(), 'resample-gdelt-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parsedLines = (lines: Iterable<string>) => [...lines].map((line) => parseGdeltRow(line.split('\t')));

describe('resampleGdeltRows', () => {
  it('writes the number of rows asked for, each one the project\'s GDELT reader accepts, with fresh distinct ids', () => {
    const parsed = parsedLines(resampleGdeltRows(rows, options));
    expect(parsed).toHaveLength(EVENTS);
    const ids = new Set(parsed.map((row) => row.globalEventId));
    expect(ids.size).toBe(EVENTS);
    const sampleIds = new Set(rows.map((columns) => Number(columns[0])));
    expect([...ids].some((id) => sampleIds.has(id))).toBe(false);
  });

  it('gives the same file for the same seed and another for another seed', () => {
    const first = [...resampleGdeltRows(rows, { ...options, events: 2_000 })];
    expect([...resampleGdeltRows(rows, { ...options, events: 2_000 })]).toEqual(first);
    expect([...resampleGdeltRows(rows, { ...options, events: 2_000, seed: 8 })]).not.toEqual(first);
  });

  it('spreads the days over every year asked for and keeps each row\'s CAMEO code from a real row', () => {
    const parsed = parsedLines(resampleGdeltRows(rows, options));
    const years = new Set(parsed.map((row) => row.day.slice(0, 4)));
    expect([...years].sort()).toEqual(['2015', '2016', '2017', '2018', '2019']);
    const codes = new Set(rows.map((columns) => columns[26]));
    expect(parsed.every((row) => codes.has(row.eventCode))).toBe(true);
  });

  it('maps to about one distinct recombined actor per 20 events, besides the sample\'s own states and groups', () => {
    const actorIds = new Set<string>();
    for (const row of parsedLines(resampleGdeltRows(rows, options))) {
      for (const participant of mapGdeltRow(row, gdeltCodebook).participants) actorIds.add(participant.actor);
    }
    expect(actorIds.size).toBeGreaterThan(0.9 * defaultActorCount(EVENTS));
    // The sample's own actors (a few hundred, the states among them) come on top of the recombined ones.
    expect(actorIds.size).toBeLessThan(defaultActorCount(EVENTS) + 400);
    expect(actorIds.has('russia')).toBe(true);
  });

  it('writes a zipped export that the import\'s reader reads back line for line', async () => {
    const lines = [...resampleGdeltRows(rows, { ...options, events: 3_000 })];
    const file = join(dir, 'generated.export.CSV.zip');
    await writeGdeltExport(lines, file);
    const read: string[] = [];
    for await (const { columns } of readGdeltLines(file)) read.push(columns.join('\t'));
    expect(read).toEqual(lines);
  });
});
