/**
 * Registers a custom element, tolerating a tag that is already registered:
 * the same class is a no-op; another class (e.g. a second copy of the library on the page)
 * gives a console warning instead of the exception `customElements.define` would throw.
 * Does nothing where there is no custom-element registry (server rendering, Node).
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(
      `care-network-elements: <${tag}> is already registered by another class (another copy or version of ` +
        `the library?). Keeping the first registration. To use both, register this class under another tag.`,
    );
    return;
  }
  customElements.define(tag, ctor);
}
