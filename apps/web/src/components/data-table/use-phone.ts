import { Grid } from "antd";

/**
 * True below 768 px, where lists keep their first column fixed and filters fold into a drawer. Ant Design
 * reports `md` false both on a narrow screen and where no media query has matched yet (or ever, as in a
 * test's jsdom); requiring `xs` or `sm` to match as well keeps those on the wide layout, which is the
 * layout every component test expects.
 */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false && (screens.xs === true || screens.sm === true);
}
