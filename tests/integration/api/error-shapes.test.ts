import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../../server/contract/api.js';
import { INGEST_TOKEN, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp([]);
});
afterAll(() => api?.close());

/** Asserts the catalogue's shape, the status, and that nothing of the request came back. */
function expectCatalogue(response: { statusCode: number; body: string }, status: number, code: string, ...notEchoed: string[]) {
  expect(response.statusCode).toBe(status);
  const body = ApiErrorSchema.strict().parse(JSON.parse(response.body));
  expect(body.code).toBe(code);
  for (const text of notEchoed) expect(body.message).not.toContain(text);
}

const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('errors Fastify raises before a route runs', () => {
  it('answers an unknown route 404 without echoing the path', async () => {
    expectCatalogue(await api.app.inject({ method: 'GET', url: '/api/secret-looking-path' }), 404, 'NOT_FOUND', 'secret-looking-path');
  });

  it('answers a malformed URL 400 without echoing it', async () => {
    expectCatalogue(await api.app.inject({ method: 'GET', url: '/api/actors/%E0%A4%Azz' }), 400, 'BAD_REQUEST', '%E0', 'zz');
  });

  it('answers an over-long path parameter 414 without echoing it', async () => {
    expectCatalogue(await api.app.inject({ method: 'GET', url: `/api/actors/${'q'.repeat(300)}` }), 414, 'URI_TOO_LONG', 'qqqq');
  });

  it('answers invalid JSON 400 without quoting the body', async () => {
    const response = await api.app.inject({ method: 'POST', url: '/api/cypher', payload: '{"query": "RETURN 1", oops', headers: { 'content-type': 'application/json' } });
    expectCatalogue(response, 400, 'BAD_REQUEST', 'oops');
  });

  it('answers an unsupported content type 415 without quoting the header', async () => {
    const response = await api.app.inject({ method: 'POST', url: '/api/cypher', payload: 'x', headers: { 'content-type': 'application/x-leaky-type' } });
    expectCatalogue(response, 415, 'UNSUPPORTED_MEDIA_TYPE', 'leaky');
  });

  it.each([
    ['/api/cypher', {}],
    ['/api/articles', { authorization: `Bearer ${INGEST_TOKEN}` }],
    ['/api/graph', {}],
    ['/api/nowhere', {}],
  ])('answers 5,000 levels of JSON (10 KB) on %s with a 4xx in the catalogue shape, never a stack overflow', async (url, headers) => {
    const response = await api.app.inject({ method: 'POST', url, payload: deepJson(5_000), headers: { 'content-type': 'application/json', ...headers } });
    expect(response.statusCode).toBeLessThan(500);
    ApiErrorSchema.parse(response.json());
    if (url === '/api/cypher' || url === '/api/articles') expect(response.json().code).toBe('BODY_TOO_DEEP');
  });
});

describe('errors Node’s HTTP parser raises, over a real socket', () => {
  let port: number;
  beforeAll(async () => {
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    port = (api.app.server.address() as AddressInfo).port;
  });

  /** Sends raw bytes and returns the raw answer. */
  const sendRaw = (request: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(request));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });

  const parseAnswer = (raw: string) => {
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    return { statusCode: Number(head.split(' ')[1]), head, body };
  };

  it('answers headers larger than the limit 431 as catalogue JSON, without echoing them', async () => {
    const answer = parseAnswer(await sendRaw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'leak'.repeat(10_000)}\r\n\r\n`));
    expect(answer.head).toMatch(/content-type: application\/json/i);
    expectCatalogue(answer, 431, 'HEADERS_TOO_LARGE', 'leak');
  });

  it('answers a URL longer than the header limit 431 as catalogue JSON', async () => {
    const answer = parseAnswer(await sendRaw(`GET /api/graph?from=${'9'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
    expectCatalogue(answer, 431, 'HEADERS_TOO_LARGE', '9999');
  });

  it('answers a request Node cannot parse 400 as catalogue JSON', async () => {
    expectCatalogue(parseAnswer(await sendRaw('BREW /api/health HTCPCP/1.0\r\n\r\n')), 400, 'BAD_REQUEST');
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy that allows the app’s own scripts and worker only', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
