import { PROGRESS_BATCH_MAX } from "@kc/domain";
import { App, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Modal, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../lib/format";
import { ProblemAlert } from "../projects/problem-alert";
import { type Task, useFileProgressReports } from "./api";

type MonthRow = { period: string; include: boolean; percent: number | null; workDone: string };

const monthLabel = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`;

/**
 * Files the overdue months of one project in one request: the server writes all of them or none, so a refused
 * month (already reported meanwhile, outside the reporting period) leaves nothing half done.
 */
export function ProgressBatchModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const file = useFileProgressReports();
  const [reportedOn, setReportedOn] = useState<Dayjs>(todayDayjs());
  const [rows, setRows] = useState<MonthRow[]>(() =>
    task.months.map((period, index) => ({
      period,
      include: index < PROGRESS_BATCH_MAX,
      percent: null,
      workDone: "",
    })),
  );
  const chosen = rows.filter((row) => row.include);
  const update = (period: string, change: Partial<MonthRow>) =>
    setRows((current) => current.map((row) => (row.period === period ? { ...row, ...change } : row)));

  const submit = () => {
    file
      .mutateAsync({
        id: task.record.id,
        request: {
          version: task.version,
          reports: chosen.map((row) => ({
            period: row.period,
            reportedOn: toIsoDate(reportedOn) ?? "",
            percentComplete: row.percent ?? 0,
            spend: null,
            workDone: row.workDone.trim(),
            verifiedByDoit: false,
          })),
        },
      })
      .then(() => {
        void message.success(t("tasks.batch.done", { count: chosen.length }));
        onClose();
      })
      .catch(() => {
        // The problem is shown above the form.
      });
  };

  return (
    <Modal
      open
      width={760}
      title={t("tasks.batch.title", { code: task.record.code })}
      okText={t("tasks.batch.submit", { count: chosen.length })}
      okButtonProps={{
        disabled: chosen.length === 0 || chosen.length > PROGRESS_BATCH_MAX,
        loading: file.isPending,
      }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("tasks.batch.intro")}
        </Typography.Paragraph>
        {rows.length > PROGRESS_BATCH_MAX ? (
          <Typography.Text type="warning">
            {t("tasks.batch.tooMany", { max: PROGRESS_BATCH_MAX })}
          </Typography.Text>
        ) : null}
        {file.error ? <ProblemAlert error={file.error} /> : null}
        <Form layout="vertical">
          <Form.Item label={t("tasks.batch.reportedOn")} required>
            <DatePicker
              value={reportedOn}
              onChange={(value) => value && setReportedOn(value)}
              format={DATE_FORMAT}
              allowClear={false}
            />
          </Form.Item>
        </Form>
        {/* One wrapping row per month rather than a table: on a phone the three fields stack, none is squeezed. */}
        <Flex vertical gap={8} style={{ maxHeight: 380, overflowY: "auto" }}>
          {rows.map((row) => (
            <Flex key={row.period} wrap gap={8} align="center" data-testid="batch-month">
              <Checkbox
                checked={row.include}
                onChange={(e) => update(row.period, { include: e.target.checked })}
                style={{ width: 96 }}
              >
                {monthLabel(row.period)}
              </Checkbox>
              <InputNumber
                aria-label={`${t("tasks.batch.percent")} ${monthLabel(row.period)}`}
                placeholder={t("tasks.batch.percentShort")}
                min={0}
                max={100}
                step={5}
                value={row.percent}
                disabled={!row.include}
                onChange={(value) => update(row.period, { percent: value })}
                style={{ width: 190 }}
              />
              <Input
                aria-label={`${t("tasks.batch.workDone")} ${monthLabel(row.period)}`}
                placeholder={t("tasks.batch.workDone")}
                value={row.workDone}
                disabled={!row.include}
                maxLength={2000}
                onChange={(e) => update(row.period, { workDone: e.target.value })}
                style={{ flex: "1 1 220px", minWidth: 0 }}
              />
            </Flex>
          ))}
        </Flex>
      </Flex>
    </Modal>
  );
}
