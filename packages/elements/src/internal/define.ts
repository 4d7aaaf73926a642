/**
 * Registers a custom element once. Importing an element's module twice (two bundles on one page,
 * hot reload, a CDN copy next to a bundled one) must not throw "already been defined": the first
 * definition wins, and a different class under the same name is reported, not silently swapped.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return elementClass; // server-side rendering or a worker: nothing to register with
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== elementClass) {
      console.warn(new DuplicateElementDefinitionWarning(tagName).message);
    }
    return existing;
  }
  registry.define(tagName, elementClass);
  return elementClass;
}

/** Two different classes were registered under one tag name (usually two copies of @bichig/elements). */
export class DuplicateElementDefinitionWarning extends Error {
  override readonly name = 'DuplicateElementDefinitionWarning';
  constructor(readonly tagName: string) {
    super(
      `<${tagName}> is already defined by another class (two copies of @bichig/elements on one page?); keeping the first definition`,
    );
  }
}
