import { SaveOutlined, SyncOutlined } from "@ant-design/icons";
import { formatDate, formatDateTime } from "@kc/domain";
import { Alert, Button, Card, Descriptions, Flex, Input, Result, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackToList } from "../../components/back-to-list";
import { FormRefusals } from "../../components/form-refusals";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { Section } from "../../components/section";
import { isApiError } from "../../lib/api";
import {
  type ReportCheck,
  type ReportComment,
  type ReportDetail,
  useEditReport,
  useRefreshPrefill,
  useReport,
} from "./api";
import { REPORTS_PATH } from "./paths";
import { ReportAttachments } from "./report-attachments";
import { ReportChecksAlert } from "./report-checks-alert";
import { useReportDraft } from "./report-draft";
import { ReportExports } from "./report-exports";
import { ReportHistory } from "./report-history";
import { ReportSectionTable } from "./report-section-table";
import { ReportStateTag } from "./report-state-tag";
import { ReportWorkflowBar } from "./report-workflow-bar";

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** `/app/bao-cao/:id`: one province's report for a period, read from the server and shown by `ReportView`. */
export function ReportPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const report = useReport(id);
  if (report.isPending) return <LoadingSkeleton />;
  if (report.isError) {
    if (isApiError(report.error) && report.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("reports.notFoundTitle")}
          subTitle={t("reports.notFound")}
          extra={<BackToList listPath={REPORTS_PATH} label={t("reports.backToList")} />}
        />
      );
    }
    return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  }
  return <ReportView report={report.data} onReload={() => report.refetch()} reloading={report.isFetching} />;
}

/**
 * The report: who and which period, its state and version; the workflow steps; the failing checks; the figures
 * by section (pre-filled ones linking to their records, manual ones editable while the report is with the
 * province); the narrative; comments and sendings. Edits are saved together at the version read: a colleague's
 * save in between is a 409 with a reload, never a silent overwrite.
 */
function ReportView(props: { report: ReportDetail; onReload: () => Promise<unknown>; reloading: boolean }) {
  const { report } = props;
  const { t } = useTranslation();
  const draft = useReportDraft();
  const saving = useEditReport(report.id);
  const refreshing = useRefreshPrefill(report.id);
  const editable = report.actions.edit?.available === true;
  const failing = report.checks.filter((check) => !check.result.ok);
  const failingByCell = groupBy<ReportCheck>(failing, (check) => check.cell);
  const commentsByCell = groupBy<ReportComment>(report.comments, (comment) => comment.cell);
  const writeError = saving.error ?? refreshing.error;
  const conflict =
    isApiError(writeError) && writeError.status === 409 && writeError.code === "VERSION_CONFLICT";

  const save = () => saving.mutate(draft.body(report.version), { onSuccess: () => draft.clear() });
  const reload = async () => {
    saving.reset();
    refreshing.reset();
    draft.clear();
    await props.onReload();
  };

  return (
    <>
      <BackToList listPath={REPORTS_PATH} label={t("reports.backToList")} />
      <PageHeader
        title={`${report.titleVi}`}
        description={`${report.provinceLabelVi} · ${report.periodLabelVi}`}
        tag={<ReportStateTag state={report.state} />}
        extra={<ReportExports report={report} />}
      />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t("reports.fields.province")}>
              {report.provinceLabelVi}
            </Descriptions.Item>
            <Descriptions.Item label={t("reports.fields.period")}>{report.periodLabelVi}</Descriptions.Item>
            <Descriptions.Item label={t("reports.fields.window")}>
              {formatDate(report.windowFrom)} – {formatDate(report.windowTo)}
            </Descriptions.Item>
            <Descriptions.Item label={t("reports.fields.dueOn")}>
              {formatDate(report.dueOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t("reports.fields.state")}>
              <ReportStateTag state={report.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t("reports.fields.version")}>{report.version}</Descriptions.Item>
            <Descriptions.Item label={t("reports.fields.lastSubmittedAt")}>
              {report.lastSubmittedAt ? formatDateTime(report.lastSubmittedAt, false) : t("reports.notSent")}
            </Descriptions.Item>
          </Descriptions>
          <div style={{ marginTop: 16 }}>
            <ReportWorkflowBar report={report} unsaved={draft.dirty} />
          </div>
        </Card>
        <FormRefusals
          conflict={conflict}
          conflictHint={t("reports.conflictHint")}
          reloading={props.reloading}
          onReload={() => void reload()}
          error={conflict ? null : writeError}
        />
        <ReportChecksAlert failing={failing} missing={report.missingCells.length} />
        {editable ? (
          <Flex gap={8} wrap justify="space-between" align="center">
            <Typography.Text type="secondary">{t("reports.editHint")}</Typography.Text>
            <Flex gap={8} wrap>
              <Button
                icon={<SyncOutlined />}
                loading={refreshing.isPending}
                disabled={draft.dirty}
                onClick={() => refreshing.mutate({ version: report.version })}
              >
                {t("reports.refreshPrefill")}
              </Button>
              <Button disabled={!draft.dirty} onClick={() => draft.clear()}>
                {t("reports.discard")}
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!draft.dirty}
                loading={saving.isPending}
                onClick={save}
              >
                {t("reports.save")}
              </Button>
            </Flex>
          </Flex>
        ) : report.state === "LOCKED" ? (
          <Alert type="info" showIcon title={t("reports.lockedHint")} />
        ) : null}
        {report.template.sections.map((section) => (
          <ReportSectionTable
            key={section.code}
            section={section}
            report={report}
            editable={editable}
            draft={draft}
            failingByCell={failingByCell}
            commentsByCell={commentsByCell}
          />
        ))}
        <Section title={t("reports.narrative")}>
          <Flex vertical gap={12}>
            {report.template.narrative.map((part) => (
              <div key={part.code}>
                <Typography.Text strong id={`narrative-${part.code}`}>
                  {part.titleVi}
                </Typography.Text>
                {editable ? (
                  <Input.TextArea
                    aria-labelledby={`narrative-${part.code}`}
                    autoSize={{ minRows: 3, maxRows: 12 }}
                    maxLength={20_000}
                    value={draft.narrative(part.code) ?? report.narrative[part.code] ?? ""}
                    onChange={(event) => draft.setNarrative(part.code, event.target.value)}
                    style={{ marginTop: 4 }}
                  />
                ) : (
                  <Typography.Paragraph
                    style={{ whiteSpace: "pre-wrap", marginTop: 4 }}
                    type={report.narrative[part.code] ? undefined : "secondary"}
                  >
                    {report.narrative[part.code] || t("reports.narrativeEmpty")}
                  </Typography.Paragraph>
                )}
              </div>
            ))}
          </Flex>
        </Section>
        <ReportAttachments reportId={report.id} />
        <ReportHistory report={report} />
      </Flex>
    </>
  );
}
