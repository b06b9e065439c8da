import { type FairStatus, fairStatusLabels } from "@kc/domain";
import { Tag } from "antd";

const statusColors: Record<FairStatus, string> = {
  PLANNED: "default",
  REGISTRATION_OPEN: "processing",
  HELD: "cyan",
  REPORTED: "success",
  CANCELLED: "error",
};

/** A fair's state, coloured by how far along it is. */
export function FairStatusTag({ status }: { status: string }) {
  const code = status as FairStatus;
  return (
    <Tag color={statusColors[code] ?? "default"} style={{ marginInlineEnd: 0 }} data-status={status}>
      {fairStatusLabels[code] ?? status}
    </Tag>
  );
}
