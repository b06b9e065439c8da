import { useSyncExternalStore } from "react";

/**
 * Below this width the app uses its phone layout: the module menu in a drawer, one-column details, actions in a
 * bar at the bottom of the screen. The same number is used by the `@media` rules of styles.css (issue 14, item 7).
 */
export const PHONE_MAX_WIDTH = 767.98;

const query = `(max-width: ${PHONE_MAX_WIDTH}px)`;

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

/**
 * Whether the screen is phone-sized, known from the first render (a media query read synchronously, unlike
 * Ant Design's `Grid.useBreakpoint`, which starts empty and would flash the desktop menu on a phone).
 */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
