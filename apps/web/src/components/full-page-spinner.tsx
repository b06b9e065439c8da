import { Flex, Spin } from "antd";

/** Shown while the app checks the session or loads a route's code. */
export function FullPageSpinner() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: "60vh" }}>
      <Spin size="large" />
    </Flex>
  );
}
