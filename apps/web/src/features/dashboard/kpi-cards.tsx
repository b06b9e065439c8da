import { Card, Col, Row, Statistic, Typography } from "antd";
import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetDashboard, Pct } from "../../api/types";
import { useFormerUnitsNote } from "./former-units";

/** Shows the server's text as is: Statistic would otherwise try to re-format "57.615,3" as a number. */
const asText = (value: string | number | undefined) => String(value ?? "");

type KpiCardProps = {
  testId: string;
  title: string;
  value: string;
  valueStyle?: CSSProperties;
  suffix?: string;
  footer?: ReactNode;
  onClick?: () => void;
  hint?: string;
};

function KpiCard({ testId, title, value, valueStyle, suffix, footer, onClick, hint }: KpiCardProps) {
  const clickable = onClick !== undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onClick?.();
    }
  };
  return (
    <Card
      size="small"
      variant="outlined"
      hoverable={clickable}
      style={{ height: "100%" }}
      data-testid={testId}
      onClick={onClick}
      {...(clickable ? { role: "button", tabIndex: 0, onKeyDown } : {})}
    >
      <Statistic
        title={title}
        value={value}
        formatter={asText}
        suffix={suffix}
        styles={{ content: valueStyle, suffix: { fontSize: 15 } }}
      />
      {footer ? <div style={{ marginTop: 4, fontSize: 13 }}>{footer}</div> : null}
      {clickable && hint ? (
        // Plain text, not a link: the whole card is already the button.
        <Typography.Text style={{ display: "block", marginTop: 4, fontSize: 13, color: "#1d5ba6" }}>
          {hint}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

/** Growth is coloured by its sign; the text itself (with "+" or "−") is the server's. */
function growthStyle(pct: Pct): CSSProperties | undefined {
  if (!pct) return undefined;
  return { color: Number(pct.value) < 0 ? "#cf1322" : "#389e0d" };
}

type KpiCardsProps = {
  data: BudgetDashboard;
  /** At unit level: opens the records the execution figure is made of. */
  onOpenRecords?: () => void;
};

/** The four headline figures: annual plan, execution in the period, % of plan, change on the same period. */
export function KpiCards({ data, onOpenRecords }: KpiCardsProps) {
  const { t } = useTranslation();
  const { totals } = data;
  const unit = t("dashboard.unit");
  const secondary = (text: string) => (
    <Typography.Text type="secondary" style={{ display: "block" }}>
      {text}
    </Typography.Text>
  );
  const none = t("common.none");
  // Each card says so too when former provinces make up the figures: a card is often read (or copied) alone.
  const formerNote = useFormerUnitsNote(data.scope);
  const former = formerNote ? secondary(formerNote) : null;
  // Only worth a line when present; most periods have neither.
  const hasReported = totals.reported.dong !== "0";
  const hasCarriedOver = totals.carriedOver.dong !== "0";
  const execNotes =
    hasReported || hasCarriedOver ? (
      <>
        {hasReported ? secondary(t("dashboard.kpi.reported", { value: totals.reported.text })) : null}
        {hasCarriedOver
          ? secondary(t("dashboard.kpi.carriedOver", { value: totals.carriedOver.text }))
          : null}
      </>
    ) : undefined;

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} xl={6}>
        <KpiCard
          testId="dashboard-kpi-plan"
          title={t("dashboard.kpi.plan", { year: data.year })}
          value={totals.plan?.text ?? t("dashboard.noPlan")}
          valueStyle={totals.plan ? undefined : { fontSize: 18, color: "rgba(0, 0, 0, 0.55)" }}
          suffix={totals.plan ? unit : undefined}
          footer={former}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <KpiCard
          testId="dashboard-kpi-exec"
          title={t("dashboard.kpi.exec", { period: data.periodLabelVi })}
          value={totals.exec.text}
          suffix={unit}
          footer={
            execNotes || former ? (
              <>
                {former}
                {execNotes}
              </>
            ) : undefined
          }
          onClick={onOpenRecords}
          hint={t("dashboard.kpi.openRecords")}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <KpiCard
          testId="dashboard-kpi-pct"
          title={t("dashboard.kpi.execPct")}
          value={totals.execPct?.text ?? none}
          footer={
            <>
              {former}
              {totals.execPct ? null : secondary(t("dashboard.kpi.noPlan"))}
            </>
          }
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <KpiCard
          testId="dashboard-kpi-growth"
          title={t("dashboard.kpi.growth")}
          value={totals.growth?.text ?? none}
          valueStyle={growthStyle(totals.growth)}
          footer={
            <>
              {former}
              {secondary(t("dashboard.kpi.prevExec", { value: totals.prevExec.text }))}
            </>
          }
        />
      </Col>
    </Row>
  );
}
