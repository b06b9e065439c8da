import { auditEntityCodes, fixedAuditActionLabels, transitionLabels } from "@kc/domain";
import { Button, DatePicker, Flex, Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { DATE_FORMAT, toIsoDate } from "../../lib/format";
import { foldedSelectSearch } from "../../lib/text";
import type { AuditFilters } from "./api";
import { useAuditLabels } from "./labels";

export type FilterValues = {
  period?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  entity?: string;
  action?: string;
  outcome?: string;
  category?: string;
};

/** Every action the trail writes: the fixed ones and each project step (old rows are found by the new code). */
const actionCodes = [
  ...Object.keys(fixedAuditActionLabels),
  ...Object.keys(transitionLabels).map((step) => `PROJECT_STEP_TAKEN:${step}`),
];

const text = (value?: string) => value?.trim() || undefined;

export function toFilters(values: FilterValues): AuditFilters {
  return {
    from: toIsoDate(values.period?.[0]),
    to: toIsoDate(values.period?.[1]),
    actor: text(values.actor),
    entity: text(values.entity),
    action: text(values.action),
    outcome: text(values.outcome),
    category: text(values.category),
  };
}

const item = { style: { marginBottom: 0, maxWidth: "100%", minWidth: 0 } };

/** The audit log's filters: period, person (by name, without diacritics), record kind, action in words, result. */
export function AuditFilterForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues>
      form={form}
      name="audit-filters"
      layout="vertical"
      onFinish={(values) => onApply(toFilters(values))}
      className="kc-toolbar"
    >
      <Flex gap={12} wrap align="flex-end">
        <Form.Item label={t("audit.period")} name="period" {...item}>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            placeholder={[t("audit.periodStart"), t("audit.periodEnd")]}
            style={{ maxWidth: "100%" }}
          />
        </Form.Item>
        <Form.Item label={t("audit.actorFilter")} name="actor" {...item}>
          <Input
            allowClear
            placeholder={t("audit.actorPlaceholder")}
            style={{ width: 260, maxWidth: "100%" }}
          />
        </Form.Item>
        <Form.Item label={t("audit.entity")} name="entity" {...item}>
          <Select
            allowClear
            showSearch={foldedSelectSearch}
            placeholder={t("audit.anyEntity")}
            style={{ width: 210, maxWidth: "100%" }}
            options={auditEntityCodes.map((value) => ({ value, label: labels.entity(value) }))}
          />
        </Form.Item>
        <Form.Item label={t("audit.action")} name="action" {...item}>
          <Select
            allowClear
            showSearch={foldedSelectSearch}
            placeholder={t("audit.anyAction")}
            style={{ width: 280, maxWidth: "100%" }}
            popupMatchSelectWidth={false}
            options={actionCodes.map((value) => ({ value, label: labels.action(value) }))}
          />
        </Form.Item>
        <Form.Item label={t("audit.outcome")} name="outcome" {...item}>
          <Select
            allowClear
            placeholder={t("audit.anyOutcome")}
            style={{ width: 150, maxWidth: "100%" }}
            options={(["SUCCESS", "FAILED", "DENIED"] as const).map((value) => ({
              value,
              label: t(`audit.outcomes.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t("audit.category")} name="category" {...item}>
          <Select
            allowClear
            placeholder={t("audit.anyCategory")}
            style={{ width: 190, maxWidth: "100%" }}
            options={(["DATA", "AUTH", "ACCESS"] as const).map((value) => ({
              value,
              label: t(`audit.categories.${value}`),
            }))}
          />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            {t("common.filter")}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onApply({});
            }}
          >
            {t("common.clearFilters")}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
