import { type EntryStatus, entryStatusLabels } from "@kc/domain";
import { Flex, Tag, Tooltip, Typography } from "antd";
import type { Entry } from "./api";

const verdictColour = { ELIGIBLE: "green", NOT_ELIGIBLE: "red", UNKNOWN: "gold" } as const;
const verdictText = {
  ELIGIBLE: "Đủ điều kiện",
  NOT_ELIGIBLE: "Không đủ điều kiện",
  UNKNOWN: "Chưa xác định",
} as const;

/** The stored S1/S2 verdict as a badge; its reasons in a tooltip (and read out as the badge's description). */
export function EligibilityTag({ eligibility }: { eligibility: Entry["eligibility"] }) {
  const verdict = eligibility.verdict ?? "UNKNOWN";
  const reasons = eligibility.reasons.map((r) => `${r.rule}: ${r.textVi}`).join("\n");
  return (
    <Tooltip title={<span style={{ whiteSpace: "pre-line" }}>{reasons}</span>}>
      <Tag color={verdictColour[verdict]} aria-description={reasons}>
        {verdictText[verdict]}
      </Tag>
    </Tooltip>
  );
}

/** The reasons written out, for the drawer where there is room. */
export function EligibilityReasons({ eligibility }: { eligibility: Entry["eligibility"] }) {
  return (
    <Flex vertical gap={4}>
      {eligibility.reasons.map((reason) => (
        <Flex key={reason.rule} gap={8} align="baseline">
          <Tag color={verdictColour[reason.verdict]}>{reason.rule}</Tag>
          <Typography.Text>{reason.textVi}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

const statusColour: Record<EntryStatus, string> = {
  REGISTERED: "default",
  ELIGIBLE: "blue",
  INELIGIBLE: "red",
  WITHDRAWN: "default",
  PROPOSED: "purple",
  RECOGNISED: "green",
  NOT_RECOGNISED: "orange",
};

export function EntryStatusTag({ status }: { status: EntryStatus }) {
  return <Tag color={statusColour[status]}>{entryStatusLabels[status]}</Tag>;
}
