import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../server/contract/extraction.js';
import { projectRoot } from '../../../scripts/run-cli.js';
import { buildTestConfig, INGEST_TOKEN, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

const SEED_ARTICLE = join(projectRoot, 'seeds', '000_6ff62da4ed2f94fb.txt');

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp([]);
});
afterAll(() => api?.close());

const postArticle = (payload: string | object, headers: Record<string, string> = {}) =>
  api.app.inject({
    method: 'POST',
    url: '/api/articles',
    payload,
    headers: { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json', ...headers },
  });
const withToken = (token = INGEST_TOKEN) => ({ authorization: `Bearer ${token}` });

describe('POST /api/articles', () => {
  it('extracts and ingests raw article text, and returns the extraction', async () => {
    const response = await postArticle(await readFile(SEED_ARTICLE, 'utf8'), withToken());
    expect(response.statusCode).toBe(200);
    const extraction = ExtractionSchema.parse(response.json());
    expect(extraction.events.length).toBeGreaterThan(0);
    const timeline = await api.app.inject({ method: 'GET', url: '/api/timeline' });
    const datedEvents = extraction.events.filter((e) => e.date.start !== null);
    expect(timeline.json().events).toHaveLength(datedEvents.length);
  });

  it('accepts the article as JSON', async () => {
    const article = { id: 'api-json-article', title: 'Talks in Geneva', published: '2016-02-01', url: 'https://example.org/a', source: 'Example',
      text: 'GENEVA — UN envoy Staffan de Mistura opened talks with the Syrian government in Geneva on Monday.' };
    const response = await postArticle(article, withToken());
    expect(response.statusCode).toBe(200);
    expect(ExtractionSchema.parse(response.json()).article.id).toBe('api-json-article');
  });

  it('answers 400 ARTICLE_MALFORMED for an article JSON missing its text', async () => {
    const response = await postArticle({ id: 'x', title: 'No text' }, withToken());
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'ARTICLE_MALFORMED' });
  });

  it('answers 401 UNAUTHORIZED without a token and with a wrong one', async () => {
    for (const headers of [{}, withToken('wrong-token-wrong-token'), { authorization: INGEST_TOKEN }]) {
      const response = await postArticle('Some text.', headers);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });

  it('answers 403 INGEST_DISABLED, saying so, when no token is configured', async () => {
    const { buildApp } = await import('../../../server/app.js');
    const app = await buildApp(buildTestConfig({ INGEST_TOKEN: '' }), { ...api.deps });
    const response = await app.inject({ method: 'POST', url: '/api/articles', payload: 'text', headers: { 'content-type': 'text/plain', ...withToken() } });
    await app.close();
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'INGEST_DISABLED', message: expect.stringContaining('INGEST_TOKEN') });
  });

  it('answers 429 RATE_LIMITED past the per-client limit, token or not', async () => {
    const { buildApp } = await import('../../../server/app.js');
    const app = await buildApp(buildTestConfig({ INGEST_RATE_LIMIT: '2' }), { ...api.deps });
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/articles', payload: 'Some text.', headers: { 'content-type': 'text/plain', ...headers } });
    const statuses = [(await post({})).statusCode, (await post(withToken('wrong-token-wrong-token'))).statusCode];
    const limited = await post(withToken());
    await app.close();
    expect(statuses).toEqual([401, 401]);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/retry in/) });
  });

  it('answers 413 PAYLOAD_TOO_LARGE past the body limit', async () => {
    const response = await postArticle('x'.repeat(1_100_000), withToken());
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
