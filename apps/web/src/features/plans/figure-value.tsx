import { Typography } from "antd";
import { BUDGET_EXEC } from "./codes";
import { dongToMillionText, formatCount } from "./money";
import { usePlanLabels, usePlansT } from "./use-plans-t";

/**
 * A reported value or a target: money (BUDGET_EXEC, sent in đồng) is shown in triệu đồng like the reports,
 * a count as a whole number, each followed by its unit.
 */
export function FigureValue({ indicator, value }: { indicator: string; value: string }) {
  const t = usePlansT();
  const labels = usePlanLabels();
  const money = indicator === BUDGET_EXEC;
  const unit = money ? t("plans.figures.millions") : labels.indicatorUnit(indicator);
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <span style={{ fontVariantNumeric: "tabular-nums" }}>
        {money ? dongToMillionText(value) : formatCount(value)}
      </span>
      {unit ? <Typography.Text type="secondary"> {unit}</Typography.Text> : null}
    </span>
  );
}
