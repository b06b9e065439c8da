import { Tag } from "antd";
import { useTranslation } from "react-i18next";

/** Colours of verdicts, for the establishment as a whole and for each rule (whose codes may be PASS/FAIL). */
const verdictColors: Record<string, string> = {
  ELIGIBLE: "green",
  PASS: "green",
  PASSED: "green",
  MET: "green",
  NOT_ELIGIBLE: "red",
  FAIL: "red",
  FAILED: "red",
  NOT_MET: "red",
  UNKNOWN: "gold",
  NOT_APPLICABLE: "default",
  SKIPPED: "default",
};

/** "Đủ điều kiện" in green, "Không đủ điều kiện" in red, "Chưa xác định" in gold; the label comes from the server. */
export function VerdictTag({ verdict, label }: { verdict: string; label?: string | null }) {
  const { t } = useTranslation();
  const known = verdict === "ELIGIBLE" || verdict === "NOT_ELIGIBLE" || verdict === "UNKNOWN";
  const text = label || (known ? t(`establishments.verdicts.${verdict}`) : verdict);
  return (
    <Tag color={verdictColors[verdict] ?? "default"} style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
}

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (status === "ARCHIVED")
    return <Tag style={{ marginInlineEnd: 0 }}>{t("establishments.statuses.ARCHIVED")}</Tag>;
  if (status === "ACTIVE") {
    return (
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {t("establishments.statuses.ACTIVE")}
      </Tag>
    );
  }
  return <Tag style={{ marginInlineEnd: 0 }}>{status}</Tag>;
}
