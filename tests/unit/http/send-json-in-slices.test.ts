import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sendJsonInSlices } from '../../../server/http/send-json-in-slices.js';

const ItemSchema = z.object({ id: z.string(), n: z.number().int() });
const AnswerSchema = z.object({ items: z.array(ItemSchema), capped: z.boolean() });

const items = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `item-${i}`, n: i }));

let app: FastifyInstance;
afterEach(() => app?.close());

async function serve(answer: () => unknown): Promise<FastifyInstance> {
  app = Fastify();
  app.get('/list', (_request, reply) => sendJsonInSlices(reply, AnswerSchema, 'items', answer() as z.input<typeof AnswerSchema>));
  return app;
}

describe('sendJsonInSlices', () => {
  it('sends the same JSON as the serializer would, for lists of any length', async () => {
    for (const count of [0, 1, 249, 250, 251, 1_234]) {
      const answer = { items: items(count), capped: count > 1_000 };
      const response = await (await serve(() => answer)).inject({ url: '/list' });
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.body).toBe(JSON.stringify(answer));
      await app.close();
    }
  });

  it('leaves out keys the contract does not have, as zod parsing does', async () => {
    const response = await (await serve(() => ({ items: [{ id: 'a', n: 1, secret: 'x' }], capped: false, internal: 1 }))).inject({ url: '/list' });
    expect(response.json()).toEqual({ items: [{ id: 'a', n: 1 }], capped: false });
  });

  it('refuses an item that breaks the contract before anything is sent', async () => {
    const broken = [...items(600), { id: 'bad', n: 1.5 }];
    const response = await (await serve(() => ({ items: broken, capped: false }))).inject({ url: '/list' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('item-0');
  });

  it('gives the event loop a turn per slice while a long list is checked and written', async () => {
    let turns = 0;
    let counting = true;
    const countTurn = () => {
      turns++;
      if (counting) setImmediate(countTurn);
    };
    setImmediate(countTurn);
    const response = await (await serve(() => ({ items: items(20_000), capped: false }))).inject({ url: '/list' });
    counting = false;
    expect(response.json().items).toHaveLength(20_000);
    // A turn between two slices of 250 items while checking, and again while writing.
    expect(turns).toBeGreaterThanOrEqual(2 * (20_000 / 250 - 1));
  });
});
