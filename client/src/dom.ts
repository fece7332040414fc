/** Building DOM from data without innerHTML, so article text and names can never inject markup. */

type Child = Node | string | null | undefined | false;

/** `h('a', { href, className: 'x' }, 'text')`: an element with properties and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Omit<HTMLElementTagNameMap[K], 'dataset' | 'style'>> & { testid?: string } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { testid, ...rest } = props;
  Object.assign(element, rest);
  if (testid !== undefined) element.dataset.testid = testid;
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}
