import { Grid } from "antd";

/**
 * True below 768 px (Ant Design's `md` breakpoint), where lists keep their first column fixed and filters fold
 * into a drawer. Before the first measurement the screen counts as wide, as on the server-less first render.
 */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
