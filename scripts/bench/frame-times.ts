/** Frame times recorded in a page from requestAnimationFrame timestamps, and their summary. */
import type { Page } from 'playwright-core';

export interface FrameStats {
  frames: number;
  meanMs: number;
  p95Ms: number;
  fps: number;
}

/** Mean, 95th percentile and frame rate of frame intervals (ms), to 0.1. */
export function summarizeFrameTimes(intervals: readonly number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(sorted.length, 1);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { frames: sorted.length, meanMs: round(mean), p95Ms: round(p95), fps: round(mean > 0 ? 1000 / mean : 0) };
}

/** Frame intervals recorded in the page while `act` runs, then for `ms` more. */
export async function recordFrames(page: Page, ms: number, act: () => Promise<void>): Promise<FrameStats> {
  // Passed as text: tsx would otherwise wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const times = [];
    window.frameTimes = times;
    window.frameTimesStop = false;
    const loop = (t) => { times.push(t); if (!window.frameTimesStop) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  })()`);
  await act();
  await page.waitForTimeout(Math.max(0, ms));
  const times = await page.evaluate<number[]>('window.frameTimesStop = true, window.frameTimes');
  return summarizeFrameTimes(times.slice(1).map((t, i) => t - times[i]!));
}
