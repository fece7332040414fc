import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoldClustering, toEventKey } from '../../../../scripts/eval-identity/build-gold-clustering.js';
import { IdentityInputError, readClusterFile, readGoldDocuments } from '../../../../scripts/eval-identity/read-identity-inputs.js';
import { buildEvent, buildExtraction } from '../../../support/build-extraction.js';

let dir: string;

// An article with two events, e1 and e2, between the same two actors.
const buildTwoEvents = (articleId: string) => buildExtraction(articleId, { events: ['e1', 'e2'].map((id) => buildEvent(id, ['russia', 'syrian_government'])) });

const member = (article: string, event: string) => ({ article, event });
const writeJson = (name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'identity-inputs-'));
  mkdirSync(join(dir, 'gold'));
  for (const id of ['art-a', 'art-b']) writeFileSync(join(dir, 'gold', `${id}.gold.json`), JSON.stringify(buildTwoEvents(id)));
  writeFileSync(join(dir, 'gold', 'art-a.article.json'), '{"not": "a gold document"}');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readClusterFile', () => {
  it('reads clusters with optional labels and article list', () => {
    writeJson('ok.json', { articles: ['art-a'], clusters: [{ label: 'x', members: [member('art-a', 'e1'), member('art-b', 'e1')] }] });
    expect(readClusterFile(join(dir, 'ok.json')).clusters[0]?.members).toHaveLength(2);
  });

  it('says when the file is missing, is not JSON or lacks the clusters', () => {
    expect(() => readClusterFile(join(dir, 'missing.json'))).toThrow(/^no cluster file at .*missing\.json$/);
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(() => readClusterFile(join(dir, 'broken.json'))).toThrow(/broken\.json: not valid JSON/);
    writeJson('shape.json', { groups: [] });
    expect(() => readClusterFile(join(dir, 'shape.json'))).toThrow(/shape\.json: not a cluster file: clusters: /);
  });

  it('refuses an event listed in two clusters', () => {
    writeJson('twice.json', { clusters: [{ members: [member('art-a', 'e1')] }, { members: [member('art-a', 'e1'), member('art-b', 'e2')] }] });
    expect(() => readClusterFile(join(dir, 'twice.json'))).toThrow(IdentityInputError);
    expect(() => readClusterFile(join(dir, 'twice.json'))).toThrow(/event e1 of art-a is listed twice/);
  });
});

describe('readGoldDocuments', () => {
  it('reads every gold document of the folder, and only the articles named when a list is given', () => {
    expect(readGoldDocuments(join(dir, 'gold')).map((doc) => doc.article.id)).toEqual(['art-a', 'art-b']);
    expect(readGoldDocuments(join(dir, 'gold'), ['art-b']).map((doc) => doc.article.id)).toEqual(['art-b']);
  });

  it('says when the folder is missing, holds no gold document or lacks an article named', () => {
    expect(() => readGoldDocuments(join(dir, 'nowhere'))).toThrow(/^no folder of gold documents at /);
    expect(() => readGoldDocuments(dir)).toThrow(/no \*\.gold\.json documents in /);
    expect(() => readGoldDocuments(join(dir, 'gold'), ['art-a', 'art-z'])).toThrow(/lacks the gold documents art-z\.gold\.json/);
  });

  it('names the file and the field of an invalid document', () => {
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'x.gold.json'), JSON.stringify({ article: { id: 'x' }, actors: [], events: [], relations: [] }));
    expect(() => readGoldDocuments(join(dir, 'bad'))).toThrow(/x\.gold\.json: not a valid extraction document: article\.title/);
  });
});

describe('buildGoldClustering', () => {
  const documents = ['art-a', 'art-b'].map(buildTwoEvents);

  it('keeps the clusters and adds every other gold event alone', () => {
    const clusters = buildGoldClustering(documents, { clusters: [{ members: [member('art-a', 'e1'), member('art-b', 'e2')] }] });
    expect(clusters).toEqual([
      [toEventKey('art-a', 'e1'), toEventKey('art-b', 'e2')],
      [toEventKey('art-a', 'e2')],
      [toEventKey('art-b', 'e1')],
    ]);
  });

  it('refuses a member that names no gold event', () => {
    expect(() => buildGoldClustering(documents, { clusters: [{ members: [member('art-a', 'e9')] }] })).toThrow(/do not hold: art-a e9/);
  });
});
