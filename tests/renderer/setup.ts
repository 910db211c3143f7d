// jsdom lacks a few browser APIs antd and ProseMirror touch; these stand-ins are enough for tests.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// waitFor/findBy wait for a condition; CI shares two cores with other work, so the ceiling is generous
// (Testing Library's default of 1 s fails under load while the condition would have come true).
configure({ asyncUtilTimeout: 30_000 });

if (!window.matchMedia)
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;

if (!('ResizeObserver' in window))
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };

const emptyRects = () => [] as unknown as DOMRectList;
const zeroRect = () =>
  ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
Range.prototype.getClientRects ??= emptyRects;
Range.prototype.getBoundingClientRect ??= zeroRect;
if (!document.elementFromPoint) document.elementFromPoint = () => null;
// The backup screen scrolls a file opened from outside into view.
Element.prototype.scrollIntoView ??= () => undefined;
