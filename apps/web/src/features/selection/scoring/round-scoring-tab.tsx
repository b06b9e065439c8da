import { Empty } from "antd";

/** Placeholder until this tab's owner delivers it (the round page renders it with the round's id). */
export function RoundScoringTab(_props: { roundId: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Đang cập nhật" />;
}
