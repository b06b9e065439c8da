import { App, Button, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Row } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { MoneyInput } from "../../../components/money-input";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../../lib/format";
import { useReportProgress } from "../api";
import { ProblemAlert } from "../problem-alert";

type ProgressValues = {
  period: Dayjs;
  reportedOn: Dayjs;
  percentComplete?: number;
  spend?: string;
  workDone?: string;
  verifiedByDoit: boolean;
};

/** The first month still owed (overdue or due next), else this month. */
function nextPeriod(project: ProjectDetail): Dayjs {
  const owed = project.progress.find((month) => month.status === "OVERDUE" || month.status === "NOT_YET_DUE");
  return owed ? dayjs(`${owed.period}-01`) : todayDayjs().startOf("month");
}

/**
 * Báo cáo tiến độ: the monthly report (due before the 25th), with the share of work done; the DoIT may confirm
 * the volume at once (which first advances of some activities wait for).
 */
export function ProgressForm({ project, onReload }: { project: ProjectDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgressValues>();
  const report = useReportProgress();
  const [initial] = useState<ProgressValues>(() => ({
    period: nextPeriod(project),
    reportedOn: todayDayjs(),
    verifiedByDoit: false,
  }));

  const submit = (values: ProgressValues) => {
    report
      .mutateAsync({
        id: project.id,
        request: {
          version: project.version,
          period: values.period.format("YYYY-MM"),
          reportedOn: toIsoDate(values.reportedOn) ?? "",
          percentComplete: values.percentComplete ?? 0,
          spend: values.spend ?? null,
          workDone: (values.workDone ?? "").trim(),
          verifiedByDoit: values.verifiedByDoit,
        },
      })
      .then((detail) => {
        void message.success(t("projects.progress.recorded"));
        form.resetFields();
        form.setFieldsValue({ period: nextPeriod(detail), reportedOn: todayDayjs(), verifiedByDoit: false });
      })
      .catch(() => {
        // Shown by the alert above the form (report.error).
      });
  };

  return (
    <Form<ProgressValues>
      form={form}
      layout="vertical"
      name="progress-report"
      initialValues={initial}
      onFinish={submit}
    >
      <Flex vertical gap={4}>
        {report.error ? (
          <ProblemAlert
            error={report.error}
            onReload={() => {
              report.reset();
              onReload();
            }}
          />
        ) : null}
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item label={t("projects.progress.period")} name="period" rules={[{ required: true }]}>
              <DatePicker picker="month" format="MM/YYYY" allowClear={false} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              label={t("projects.progress.reportedOn")}
              name="reportedOn"
              rules={[{ required: true }]}
            >
              <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              label={t("projects.progress.percent")}
              name="percentComplete"
              rules={[{ required: true, message: t("projects.step.fieldRequired") }]}
            >
              <InputNumber min={0} max={100} decimalSeparator="," suffix="%" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t("projects.progress.spend")} name="spend">
              <MoneyInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("projects.progress.workDone")} name="workDone" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="verifiedByDoit" valuePropName="checked" extra={t("projects.progress.verifiedHint")}>
          <Checkbox>{t("projects.progress.verifiedByDoit")}</Checkbox>
        </Form.Item>
        <div>
          {/* Not a submit button: Enter in a date picker confirms the date, it must not send the form. */}
          <Button type="primary" loading={report.isPending} onClick={() => form.submit()}>
            {t("projects.progress.submit")}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}
