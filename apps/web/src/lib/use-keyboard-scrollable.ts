import { type RefObject, useEffect } from "react";

/**
 * Makes the sideways-scrolling part of the Ant Design tables inside `container` reachable by keyboard (a tab stop
 * named `label`), so a person without a mouse can scroll a wide table with the arrow keys (WCAG 2.1.1; axe's
 * "scrollable-region-focusable"). Ant Design offers no prop for it; its scroll box is `.ant-table-content` or,
 * with a fixed header, `.ant-table-body`. Run after every render: the box appears once the table has rows.
 */
export function useKeyboardScrollable(container: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    for (const box of container.current?.querySelectorAll<HTMLElement>(
      ".ant-table-content, .ant-table-body",
    ) ?? []) {
      if (box.tabIndex >= 0) continue;
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", label);
    }
  });
}
