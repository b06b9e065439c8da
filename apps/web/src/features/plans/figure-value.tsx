import { Typography } from "antd";
import { BUDGET_EXEC } from "./constants";
import { usePlanLabels, usePlansT } from "./use-plans-t";

/**
 * A reported value or a target as the server printed it (triệu đồng for money, a grouped count otherwise),
 * followed by its unit.
 */
export function FigureValue({ indicator, text }: { indicator: string; text: string }) {
  const t = usePlansT();
  const labels = usePlanLabels();
  const money = indicator === BUDGET_EXEC;
  const unit = money ? t("plans.figures.millions") : labels.indicatorUnit(indicator);
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <span style={{ fontVariantNumeric: "tabular-nums" }}>{text}</span>
      {unit ? <Typography.Text type="secondary"> {unit}</Typography.Text> : null}
    </span>
  );
}
