import { formatDateTime } from "@kc/domain";
import { List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/section";
import type { ReportDetail } from "./api";

/** The comments on the whole report (those on a cell are beside it) and every sending, newest first. */
export function ReportHistory({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const general = report.comments.filter((comment) => comment.cell === null);
  return (
    <>
      {general.length > 0 ? (
        <Section title={t("reports.comments")}>
          <List
            bordered
            dataSource={general}
            renderItem={(comment) => (
              <List.Item>
                <List.Item.Meta
                  title={`${comment.createdByName} · ${formatDateTime(comment.createdAt, false)}`}
                  description={
                    <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{comment.body}</Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        </Section>
      ) : null}
      <Section title={t("reports.submissions.title")}>
        {report.submissions.length === 0 ? (
          <Typography.Paragraph>{t("reports.submissions.none")}</Typography.Paragraph>
        ) : (
          <List
            bordered
            dataSource={[...report.submissions].reverse()}
            renderItem={(submission) => (
              <List.Item>
                {t("reports.submissions.line", {
                  number: submission.number,
                  at: formatDateTime(submission.submittedAt, false),
                  by: submission.submittedByName,
                })}
                {submission.acknowledgements.length > 0
                  ? ` — ${t("reports.submissions.acknowledged", { count: submission.acknowledgements.length })}`
                  : null}
              </List.Item>
            )}
          />
        )}
      </Section>
    </>
  );
}
