/**
 * The draggable split between the workspace (graph and sidebar) and the timeline: dragging or the
 * arrow keys set the timeline's share of the window height, kept across reloads.
 */
const STORAGE_KEY = 'explorer.timelineShare';
/** The timeline opens at half the height, tall enough for every event-type lane at 1280×800. */
export const DEFAULT_SHARE = 0.5;
const MIN_SHARE = 0.15;
const MAX_SHARE = 0.8;
const KEY_STEP = 0.05;

/** Clamps a requested share of the height to what leaves both halves usable. */
export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(MAX_SHARE, Math.max(MIN_SHARE, share)) : DEFAULT_SHARE;
}

/** Wires `handle` (a separator element) to set the `--timeline` height on `root`. */
export function createSplitHandle(handle: HTMLElement, root: HTMLElement = document.documentElement): void {
  const stored = Number(localStorage.getItem(STORAGE_KEY) ?? Number.NaN);
  let share = clampShare(Number.isNaN(stored) ? DEFAULT_SHARE : stored);
  handle.tabIndex = 0;
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'horizontal');
  handle.setAttribute('aria-label', 'Resize the timeline');
  handle.dataset.testid = 'split-handle';

  const apply = (next: number) => {
    share = clampShare(next);
    root.style.setProperty('--timeline', `${(share * 100).toFixed(1)}vh`);
    handle.setAttribute('aria-valuenow', String(Math.round(share * 100)));
    localStorage.setItem(STORAGE_KEY, String(share));
  };
  apply(share);

  handle.addEventListener('pointerdown', (down) => {
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    const move = (event: PointerEvent) => apply(1 - event.clientY / window.innerHeight);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  handle.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp') apply(share + KEY_STEP);
    else if (event.key === 'ArrowDown') apply(share - KEY_STEP);
    else return;
    event.preventDefault();
  });
}
