/**
 * Set-up of the web component tests (jsdom). jsdom lacks a few browser APIs that Ant Design calls while
 * laying out; they are stubbed here with the smallest behaviour the components need, and nothing else is.
 */
import "../src/i18n";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// Responsive grid and Drawer/Modal sizes ask for media queries; no query matches in a test.
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList,
});

// Tables, text areas and overflow lists observe their size; nothing resizes in jsdom.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

// The forms scroll the first error or an alert into view; jsdom does not lay out, so there is nothing to scroll.
Element.prototype.scrollIntoView ??= () => {};
window.scrollTo = () => {};

// jsdom implements getComputedStyle(element) but logs "Not implemented" for the pseudo-element argument that
// Ant Design passes to measure scroll bars; the pseudo-element is dropped, nothing else changes.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
