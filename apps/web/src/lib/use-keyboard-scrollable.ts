import { type RefObject, useEffect } from "react";

const SCROLL_BOXES = ".ant-table-content, .ant-table-body";

function markScrollBoxes(container: HTMLElement, label: string): void {
  for (const box of container.querySelectorAll<HTMLElement>(SCROLL_BOXES)) {
    if (box.tabIndex >= 0) continue;
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", label);
  }
}

/**
 * Makes the sideways-scrolling part of every Ant Design table inside `container` reachable by keyboard (a tab stop
 * named `label`), so a person without a mouse can scroll a wide table with the arrow keys (WCAG 2.1.1; axe's
 * "scrollable-region-focusable"). Ant Design offers no prop for it; its scroll box is `.ant-table-content` or,
 * with a fixed header, `.ant-table-body`. Tables appear and change after their data loads, so the container is
 * watched for new ones.
 */
export function useKeyboardScrollable(container: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    markScrollBoxes(root, label);
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => markScrollBoxes(root, label));
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [container, label]);
}
