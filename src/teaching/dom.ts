/** Attributes for `element`: strings are set as attributes; `text` sets the text content (never parsed as HTML). */
export type ElementOptions = Record<string, string> & { text?: string };

/**
 * Creates an element with attributes and children. Text goes in as text nodes, never as HTML, so
 * labels from scenario files cannot inject markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(options)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}
