import { type RoundStatus, roundStatusLabels } from "@kc/domain";
import { Tag } from "antd";
import { statusColour } from "./labels";

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  return <Tag color={statusColour[status]}>{roundStatusLabels[status]}</Tag>;
}
