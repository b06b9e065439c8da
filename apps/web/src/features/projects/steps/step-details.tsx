import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatPercent } from "../../../lib/format";
import { formatDong } from "../../../lib/money";
import { useCodeLabel } from "../labels";

type Details = {
  appraisal?: { result?: string; failedCriteria?: string[] };
  contractSupport?: string;
  adjustmentTypes?: string[];
  acceptedSpend?: string;
  kind?: string;
  amount?: string;
  treasuryRef?: string | null;
  period?: string;
  percentComplete?: number;
  verifiedByDoit?: boolean;
};

/** What a timeline entry recorded besides its documents: appraisal, amounts, kinds of change, progress. */
export function StepDetails({ details }: { details: unknown }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (typeof details !== "object" || details === null) return null;
  const d = details as Details;
  const lines: string[] = [];
  if (d.appraisal?.result) {
    const failed = (d.appraisal.failedCriteria ?? []).map((code) => label("appraisalCriteria", code));
    lines.push(
      `${t("projects.step.appraisalResult")}: ${label("appraisalResults", d.appraisal.result)}${failed.length ? ` (${failed.join("; ")})` : ""}`,
    );
  }
  if (d.contractSupport)
    lines.push(`${t("projects.money.contractedSupport")}: ${formatDong(d.contractSupport)} đ`);
  if (d.adjustmentTypes?.length)
    lines.push(
      `${t("projects.step.adjustmentTypes")}: ${d.adjustmentTypes.map((code) => label("adjustmentTypes", code)).join("; ")}`,
    );
  if (d.acceptedSpend) lines.push(`${t("projects.money.acceptedSpend")}: ${formatDong(d.acceptedSpend)} đ`);
  if (d.kind && d.amount) {
    lines.push(
      `${label("disbursementKinds", d.kind)}: ${formatDong(d.amount)} đ${d.treasuryRef ? ` · ${t("projects.disbursements.treasuryRef")} ${d.treasuryRef}` : ""}`,
    );
  }
  if (d.period) {
    lines.push(
      t("projects.progress.detail", {
        period: `${d.period.slice(5, 7)}/${d.period.slice(0, 4)}`,
        percent: formatPercent(d.percentComplete ?? 0),
      }) + (d.verifiedByDoit ? ` · ${t("projects.progress.verified")}` : ""),
    );
  }
  if (lines.length === 0) return null;
  return (
    <>
      {lines.map((line) => (
        <Typography.Paragraph key={line} style={{ margin: 0 }}>
          {line}
        </Typography.Paragraph>
      ))}
    </>
  );
}
