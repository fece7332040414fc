/**
 * A node's menu (right click on a node, or the context-menu key on the focused canvas): expand its
 * neighbourhood, hide it, pin or unpin it, show its events. The graph view says what each item does.
 */
import { h } from '../dom.js';

export interface NodeMenuItem {
  label: string;
  testid: string;
  run(): void;
}

export interface NodeMenu {
  open(items: readonly NodeMenuItem[], x: number, y: number): void;
  close(): void;
  destroy(): void;
}

/** Mounts a closed menu into `host` (positioned relative to it). */
export function createNodeMenu(host: HTMLElement): NodeMenu {
  const menu = h('div', { className: 'node-menu', testid: 'node-menu', hidden: true });
  menu.setAttribute('role', 'menu');
  host.append(menu);

  const close = () => {
    menu.hidden = true;
    menu.replaceChildren();
  };
  // Any click or key elsewhere closes it, as a native context menu does.
  const closeOutside = (event: PointerEvent) => {
    if (!menu.contains(event.target as Node)) close();
  };
  document.addEventListener('pointerdown', closeOutside);
  menu.addEventListener('keydown', (event) => {
    const buttons = [...menu.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      buttons[(at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    }
  });

  return {
    open(items, x, y) {
      menu.replaceChildren(
        ...items.map((item) =>
          h('button', { type: 'button', testid: item.testid, onclick: () => (close(), item.run()) }, item.label),
        ),
      );
      for (const button of menu.children) button.setAttribute('role', 'menuitem');
      menu.hidden = false;
      // Kept inside the host, so the menu never opens off screen.
      const left = Math.min(x, host.clientWidth - menu.offsetWidth - 4);
      const top = Math.min(y, host.clientHeight - menu.offsetHeight - 4);
      menu.style.transform = `translate(${Math.max(0, left)}px, ${Math.max(0, top)}px)`;
      menu.querySelector('button')?.focus();
    },
    close,
    destroy() {
      document.removeEventListener('pointerdown', closeOutside);
      menu.remove();
    },
  };
}
