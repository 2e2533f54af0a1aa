/**
 * jsdom lacks a few browser APIs antd relies on. Shared by the web-ui and web test setups
 * (referenced by path from their vitest configs, never imported by application code).
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

/**
 * Width queries answer as a desktop of jsdom's 1024 px window would (antd's breakpoints are
 * `(min-width: …px)`): with every query false the app shell took the test for a phone and hid its
 * side menu in a drawer.
 */
function matchesWidth(query: string): boolean {
  const min = /\(min-width:\s*(\d+)px\)/.exec(query);
  const max = /\(max-width:\s*(\d+)px\)/.exec(query);
  if (!min && !max) return false;
  const width = window.innerWidth || 1024;
  return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
}

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: matchesWidth(query),
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {
      // jsdom has no layout: nothing ever resizes
    }
    unobserve(): void {
      // see observe()
    }
    disconnect(): void {
      // see observe()
    }
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// jsdom throws "Not implemented" for pseudo-element styles, which antd's scrollbar measuring asks for.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, pseudo?: string | null) =>
  getComputedStyle(element, pseudo ? undefined : pseudo);
