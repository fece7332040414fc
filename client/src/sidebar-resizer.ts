/**
 * The sidebar's width: a handle on its left edge drags it (the graph keeps at least a strip), a
 * double-click gives back the default, and `setWide` lets the Cypher console take the whole width.
 */

const MIN_SIDEBAR_PX = 320;
const MIN_GRAPH_PX = 160;

export interface SidebarResizer {
  setWide(wide: boolean): void;
  isWide(): boolean;
  destroy(): void;
}

/** Adds the handle to `sidebar`; widths are set on `workspace` as its `--sidebar` variable. */
export function createSidebarResizer(workspace: HTMLElement, sidebar: HTMLElement): SidebarResizer {
  const handle = document.createElement('div');
  handle.className = 'sidebar-handle';
  handle.dataset.testid = 'sidebar-handle';
  handle.title = 'Drag to resize; double-click for the default width';
  sidebar.prepend(handle);

  const setWidth = (px: number | null) => {
    if (px === null) return workspace.style.removeProperty('--sidebar');
    const max = workspace.clientWidth - MIN_GRAPH_PX;
    workspace.style.setProperty('--sidebar', `${Math.round(Math.max(MIN_SIDEBAR_PX, Math.min(max, px)))}px`);
  };
  const onMove = (event: PointerEvent) => setWidth(workspace.getBoundingClientRect().right - event.clientX);
  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    workspace.classList.remove('console-wide');
    handle.setPointerCapture(event.pointerId);
    handle.addEventListener('pointermove', onMove);
  });
  handle.addEventListener('pointerup', (event) => {
    handle.releasePointerCapture(event.pointerId);
    handle.removeEventListener('pointermove', onMove);
  });
  handle.addEventListener('dblclick', () => setWidth(null));

  return {
    setWide: (wide) => void workspace.classList.toggle('console-wide', wide),
    isWide: () => workspace.classList.contains('console-wide'),
    destroy: () => handle.remove(),
  };
}
