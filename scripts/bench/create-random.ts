/**
 * mulberry32, a tiny seeded generator (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c):
 * the benches draw the same synthetic data on every run, so their figures compare.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
