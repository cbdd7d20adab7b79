/**
 * Registers a tag unless it already is: two partner embeds of the library on one page must not
 * throw, and the first definition wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
