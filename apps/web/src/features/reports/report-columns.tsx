import { formatDate, formatDateTime } from "@kc/domain";
import { Typography } from "antd";
import type { TFunction } from "i18next";
import { Link } from "react-router";
import { ClampText, type DataColumn } from "../../components/data-table";
import type { ReportSummary } from "./api";
import { reportPath } from "./paths";
import { ReportStateTag } from "./report-state-tag";

/** Still with the province after its due date: the list says so in words beside the date. */
function isOverdue(report: ReportSummary, today: string): boolean {
  return report.firstSubmittedAt === null && report.dueOn < today;
}

/** The reports list's columns: province, template and period (opening the report), state, due date, last sending. */
export function reportColumns(t: TFunction, today: string): DataColumn<ReportSummary>[] {
  return [
    {
      key: "province",
      title: t("reports.columns.province"),
      width: 170,
      render: (_, report) => <ClampText text={report.provinceLabelVi} />,
    },
    {
      key: "report",
      title: t("reports.columns.report"),
      width: 320,
      alwaysVisible: true,
      render: (_, report) => (
        <Link to={reportPath(report.id)}>
          {report.periodLabelVi} · {report.titleVi}
        </Link>
      ),
    },
    {
      key: "state",
      title: t("reports.columns.state"),
      width: 130,
      render: (_, report) => <ReportStateTag state={report.state} />,
    },
    {
      key: "dueOn",
      title: t("reports.columns.dueOn"),
      width: 130,
      render: (_, report) => (
        <>
          {formatDate(report.dueOn)}
          {isOverdue(report, today) ? (
            <Typography.Text type="danger" style={{ display: "block", fontSize: 12 }}>
              {t("reports.overdue")}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: "sent",
      title: t("reports.columns.sent"),
      width: 150,
      render: (_, report) =>
        report.firstSubmittedAt ? formatDateTime(report.firstSubmittedAt, false) : t("reports.notSent"),
    },
    {
      key: "version",
      title: t("reports.columns.version"),
      width: 90,
      hiddenByDefault: true,
      render: (_, report) => report.version,
    },
  ];
}
