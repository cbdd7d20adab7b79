/** Dispatches a documented `coalition-*` event that bubbles out of shadow roots, with a typed detail. */
export function emit<K extends keyof HTMLElementEventMap>(
  host: HTMLElement,
  name: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
