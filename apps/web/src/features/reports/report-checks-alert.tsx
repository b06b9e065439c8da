import { Alert, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ReportCheck } from "./api";

/**
 * The generated checks the figures fail as they stand, each with its cell, the value stated, the value recomputed
 * and the difference: what the server will refuse on sending (errors) or ask to explain (warnings).
 */
export function ReportChecksAlert({ failing, missing }: { failing: ReportCheck[]; missing: number }) {
  const { t } = useTranslation();
  if (failing.length === 0 && missing === 0) return null;
  return (
    <Alert
      type={failing.some((check) => check.severity === "ERROR") ? "error" : "warning"}
      showIcon
      title={
        failing.length > 0
          ? t("reports.checks.title", { count: failing.length })
          : t("reports.checks.incomplete")
      }
      description={
        <>
          {missing > 0 ? (
            <Typography.Paragraph>{t("reports.checks.missing", { count: missing })}</Typography.Paragraph>
          ) : null}
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {failing.map((check) => (
              <li key={check.id}>
                <Typography.Text strong>{check.result.labelVi}</Typography.Text>{" "}
                <Typography.Text type="secondary">({check.cell})</Typography.Text>:{" "}
                {t("reports.checks.line", {
                  stated: check.result.stated,
                  computed: check.result.computed,
                  difference: check.result.difference,
                })}
                {check.severity === "WARNING" ? ` — ${t("reports.checks.warning")}` : null}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
