import { describe, expect, it } from 'vitest';
import { generateSyntheticExtractions } from '../../../../scripts/bench/generate-synthetic-graph.js';

const events = (options: Parameters<typeof generateSyntheticExtractions>[0]) => [...generateSyntheticExtractions(options)].flatMap((doc) => doc.events);

describe('generateSyntheticExtractions', () => {
  it('gives every actor an event when every actor is to act, though the long tail alone leaves some out', () => {
    const shape = { events: 200, actors: 150, eventsPerArticle: 20, seed: 3 };
    const actorsIn = (list: ReturnType<typeof events>) => new Set(list.flatMap((event) => event.participants.map((p) => p.actor))).size;
    expect(actorsIn(events(shape))).toBeLessThan(150);
    expect(actorsIn(events({ ...shape, everyActorActs: true }))).toBe(150);
  });

  it('gives each event 2 to maxParticipants participants (4 by default)', () => {
    const sizes = (maxParticipants?: number) => new Set(events({ events: 300, actors: 100, eventsPerArticle: 50, seed: 5, maxParticipants }).map((event) => event.participants.length));
    expect([...sizes()].sort()).toEqual([2, 3, 4]);
    expect([...sizes(3)].sort()).toEqual([2, 3]);
  });
});
