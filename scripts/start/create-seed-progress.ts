/** Start-up's progress while the seeds load: a bar on a terminal, a line per article elsewhere (a container's log). */
import cliProgress from 'cli-progress';

export interface SeedProgress {
  fileDone(): void;
  stop(): void;
}

export function createSeedProgress(total: number, say: (line: string) => void): SeedProgress {
  if (!process.stdout.isTTY) {
    let done = 0;
    say(`seeds: loading ${total} article(s)`);
    return { fileDone: () => say(`seeds: ${++done}/${total}`), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar({ format: 'seeds [{bar}] {value}/{total} articles | {duration}s', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { fileDone: () => bar.increment(), stop: () => bar.stop() };
}
