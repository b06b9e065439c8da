import { PlusOutlined } from "@ant-design/icons";
import { formatDate, todayInVietnam } from "@kc/domain";
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Tag,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type DataColumn, DataTable } from "../../components/data-table";
import { ErrorAlert } from "../../components/error-alert";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { DATE_FORMAT } from "../../lib/format";
import { type CalendarDayRow, useAddCalendarDay, useCalendarYear, useRemoveCalendarDay } from "./api";

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? "";

/**
 * The working-day calendar (S6): the year's days off computed from the Labour Code (Tết and Giỗ Tổ by the lunar
 * calendar, make-up days) and the government's yearly decisions, which the administrator adds and removes.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [adding, setAdding] = useState(false);
  const calendar = useCalendarYear(year);
  const remove = useRemoveCalendarDay();
  const canManage = calendar.data?.canManage ?? false;

  const columns: DataColumn<CalendarDayRow>[] = [
    { title: t("calendar.date"), key: "date", width: 120, render: (_, day) => formatDate(day.date) },
    { title: t("calendar.weekday"), key: "weekday", width: 110, render: (_, day) => weekdayOf(day.date) },
    {
      title: t("calendar.kind"),
      key: "kind",
      width: 150,
      render: (_, day) =>
        day.working ? (
          <Tag color="blue">{t("calendar.working")}</Tag>
        ) : (
          <Tag color="red">{t("calendar.dayOff")}</Tag>
        ),
    },
    { title: t("calendar.reason"), key: "reason", render: (_, day) => day.reason ?? "" },
    {
      title: t("calendar.source"),
      key: "source",
      width: 190,
      render: (_, day) =>
        day.source === "OVERRIDE" ? t("calendar.sourceOverride") : t("calendar.sourcePublicHoliday"),
    },
    ...(canManage
      ? [
          {
            title: "",
            key: "actions",
            width: 90,
            render: (_: unknown, day: CalendarDayRow) =>
              day.decision ? (
                <Popconfirm
                  title={t("calendar.removeConfirm", { date: formatDate(day.date) })}
                  onConfirm={() =>
                    remove.mutate(
                      { date: day.date, version: day.decision?.version ?? 1 },
                      { onSuccess: () => void message.success(t("calendar.removed")) },
                    )
                  }
                >
                  <Button size="small" danger>
                    {t("calendar.remove")}
                  </Button>
                </Popconfirm>
              ) : null,
          } satisfies DataColumn<CalendarDayRow>,
        ]
      : []),
  ];

  const days = calendar.data?.days ?? [];
  return (
    <>
      <PageHeader
        title={t("calendar.title")}
        description={t("calendar.description")}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t("calendar.add")}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Flex gap={12} wrap align="center" className="kc-toolbar">
          <Select
            aria-label={t("calendar.year")}
            style={{ width: 120 }}
            value={year}
            onChange={setYear}
            options={Array.from({ length: 8 }, (_, i) => thisYear - 3 + i).map((y) => ({
              value: y,
              label: String(y),
            }))}
          />
        </Flex>
        {remove.error ? <ErrorAlert error={remove.error} /> : null}
        {calendar.isPending ? (
          <LoadingSkeleton />
        ) : calendar.error ? (
          <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
        ) : (
          <DataTable
            tableId="calendar-days"
            rowKey="date"
            columns={columns}
            dataSource={days}
            pagination={false}
            countLine={t("calendar.count", {
              holidays: days.filter((d) => !d.working).length,
              overrides: days.filter((d) => d.source === "OVERRIDE").length,
            })}
            locale={{ emptyText: t("calendar.empty") }}
          />
        )}
      </Card>
      <AddDayModal open={adding} onClose={() => setAdding(false)} />
    </>
  );
}

function AddDayModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const add = useAddCalendarDay();
  return (
    <Modal
      open={open}
      title={t("calendar.addTitle")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: "HOLIDAY" }}
        onFinish={(values) =>
          add.mutate(
            {
              date: values.date.format("YYYY-MM-DD"),
              kind: values.kind,
              name: values.name,
              decisionRef: values.decisionRef ?? "",
            },
            {
              onSuccess: () => {
                void message.success(t("calendar.saved"));
                form.resetFields();
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="date" label={t("calendar.date")} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="kind" label={t("calendar.kind")}>
          <Radio.Group
            options={[
              { value: "HOLIDAY", label: t("calendar.kindHoliday") },
              { value: "WORKING_DAY", label: t("calendar.kindWorkingDay") },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t("calendar.name")} rules={[{ required: true }]}>
          <Input placeholder={t("calendar.namePlaceholder")} maxLength={300} />
        </Form.Item>
        <Form.Item name="decisionRef" label={t("calendar.reason")}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
