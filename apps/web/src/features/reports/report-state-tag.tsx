import { type ReportState, reportStateLabels } from "@kc/domain";
import { Tag } from "antd";

const colour: Record<ReportState, string> = {
  DRAFT: "default",
  SUBMITTED: "blue",
  RETURNED: "orange",
  RESUBMITTED: "blue",
  APPROVED: "green",
  LOCKED: "purple",
};

/** A report's workflow state in words (đang lập, đã gửi, bị trả lại…), never by colour alone. */
export function ReportStateTag({ state }: { state: ReportState }) {
  return <Tag color={colour[state]}>{reportStateLabels[state]}</Tag>;
}
