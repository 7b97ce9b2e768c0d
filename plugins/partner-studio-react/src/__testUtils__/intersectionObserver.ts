/**
 * jsdom has no IntersectionObserver. This one reports every observed element
 * as in view, as a browser does for the end of a short list: Backstage UI's
 * combobox then asks for the next page.
 */
export function installIntersectionObserver(): () => void {
  const previous = (globalThis as { IntersectionObserver?: unknown })
    .IntersectionObserver;
  class InViewObserver {
    private disconnected = false;

    constructor(
      private readonly callback: (
        entries: Array<{ isIntersecting: boolean; target: Element }>,
      ) => void,
    ) {}

    observe(target: Element) {
      setTimeout(() => {
        if (!this.disconnected) {
          this.callback([{ isIntersecting: true, target }]);
        }
      }, 0);
    }

    unobserve() {}

    disconnect() {
      this.disconnected = true;
    }

    takeRecords() {
      return [];
    }
  }
  Object.defineProperty(globalThis, 'IntersectionObserver', {
    configurable: true,
    writable: true,
    value: InViewObserver,
  });
  return () => {
    Object.defineProperty(globalThis, 'IntersectionObserver', {
      configurable: true,
      writable: true,
      value: previous,
    });
  };
}
