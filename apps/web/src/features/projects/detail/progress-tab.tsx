import { formatDate } from "@kc/domain";
import { Card, Flex, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProgressMonth, ProjectDetail } from "../../../api/types";
import { Section } from "../../../components/section";
import { formatPercent } from "../../../lib/format";
import { useCodeLabel } from "../labels";
import { ProgressForm } from "./progress-form";

const colors: Record<string, { background: string; border: string }> = {
  ON_TIME: { background: "#f6ffed", border: "#b7eb8f" },
  LATE: { background: "#fff7e6", border: "#ffd591" },
  OVERDUE: { background: "#fff1f0", border: "#ffa39e" },
  NOT_YET_DUE: { background: "#fafafa", border: "#d9d9d9" },
};
const legend = ["ON_TIME", "LATE", "OVERDUE", "NOT_YET_DUE"];

/** Percent done per reported month, from the timeline's progress entries. */
function percentByPeriod(project: ProjectDetail): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of project.timeline) {
    const details = entry.details as { period?: string; percentComplete?: number } | null;
    if (entry.code === "PROGRESS_REPORT" && details?.period && typeof details.percentComplete === "number") {
      map.set(details.period, details.percentComplete);
    }
  }
  return map;
}

function MonthCell({ month, percent }: { month: ProgressMonth; percent: number | undefined }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const color = colors[month.status] ?? colors.NOT_YET_DUE;
  const status = label("progressStatuses", month.status);
  const tip = [
    status,
    t("projects.progress.dueBefore", { date: formatDate(month.dueBefore) }),
    month.reportedOn ? t("projects.progress.reportedOnShort", { date: formatDate(month.reportedOn) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Tooltip title={tip}>
      <li
        aria-label={`${month.period.slice(5, 7)}/${month.period.slice(0, 4)}: ${tip}`}
        data-status={month.status}
        style={{
          background: color?.background,
          border: `1px solid ${color?.border}`,
          borderRadius: 6,
          padding: "6px 8px",
          minHeight: 52,
          gridColumn: Number(month.period.slice(5, 7)),
        }}
      >
        <Typography.Text strong>
          {t("projects.progress.month", { month: Number(month.period.slice(5, 7)) })}
        </Typography.Text>
        <div style={{ fontSize: 12 }}>{percent === undefined ? status : formatPercent(percent)}</div>
      </li>
    </Tooltip>
  );
}

/** Tiến độ: the monthly reporting calendar from the contract on, coloured by status, and the report form. */
export function ProgressTab({ project, onReload }: { project: ProjectDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const percents = percentByPeriod(project);
  const years = new Map<string, ProgressMonth[]>();
  for (const month of project.progress) {
    const year = month.period.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), month]);
  }

  return (
    <Flex vertical gap={24}>
      <Section
        title={t("projects.sections.progress")}
        extra={
          <Flex gap={4} wrap>
            {legend.map((status) => (
              <Tag
                key={status}
                style={{ background: colors[status]?.background, borderColor: colors[status]?.border }}
              >
                {label("progressStatuses", status)}
              </Tag>
            ))}
          </Flex>
        }
      >
        {project.progress.length === 0 ? (
          <Typography.Text type="secondary">{t("projects.progress.none")}</Typography.Text>
        ) : (
          <Flex vertical gap={12}>
            {[...years.entries()].map(([year, months]) => (
              <Flex key={year} gap={12} align="flex-start">
                <Typography.Text strong style={{ width: 48, paddingTop: 6 }}>
                  {year}
                </Typography.Text>
                <ol
                  aria-label={t("projects.progress.yearLabel", { year })}
                  style={{
                    display: "grid",
                    gridTemplateColumns: "repeat(12, minmax(64px, 1fr))",
                    gap: 6,
                    flex: 1,
                    listStyle: "none",
                    margin: 0,
                    padding: 0,
                  }}
                >
                  {months.map((month) => (
                    <MonthCell key={month.period} month={month} percent={percents.get(month.period)} />
                  ))}
                </ol>
              </Flex>
            ))}
          </Flex>
        )}
      </Section>
      {project.actions.reportProgress ? (
        <Card variant="outlined" size="small" title={t("projects.progress.formTitle")}>
          <ProgressForm project={project} onReload={onReload} />
        </Card>
      ) : null}
    </Flex>
  );
}
