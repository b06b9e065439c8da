import { fundingSourceCodes, planContentCodes, sourceGroupCodes } from "@kc/domain";
import { Flex, Form, type FormListFieldData, Select, type TableColumnsType, Typography } from "antd";
import { AmountInput } from "../../../components/amount-input";
import { FormListTable } from "../../../components/form-list-table";
import { formatDong } from "../../../lib/money";
import { foldedSelectSearch } from "../../../lib/text";
import { usePlanLabels, usePlansT } from "../use-plans-t";
import { totalsByGroup } from "./money";
import { limits, type PlanFormValues, type PlanLineValue } from "./plan-form-values";

const numeric = { fontVariantNumeric: "tabular-nums" as const };

/** Live totals of the lines by source group, and the industrial-extension budget (KCQG + KCĐP) the reports quote. */
function PlanLineTotals() {
  const t = usePlansT();
  const labels = usePlanLabels();
  const form = Form.useFormInstance<PlanFormValues>();
  const lines = (Form.useWatch("lines", form) ?? []) as PlanLineValue[];
  const totals = totalsByGroup(lines);
  const kc = totals.KCQG + totals.KCDP;
  const grand = sourceGroupCodes.reduce((sum, group) => sum + totals[group], 0n);
  return (
    <Flex vertical gap={4} style={{ minWidth: 360 }} aria-live="polite" data-testid="plan-line-totals">
      <Typography.Text type="secondary">{t("plans.form.totals")}</Typography.Text>
      {sourceGroupCodes.map((group) => (
        <Flex key={group} justify="space-between" gap={16}>
          <span>{labels.sourceGroup(group)}</span>
          <span style={numeric}>{formatDong(totals[group])}</span>
        </Flex>
      ))}
      <Flex justify="space-between" gap={16}>
        <Typography.Text strong>{t("plans.form.kcTotal")}</Typography.Text>
        <Typography.Text strong style={numeric}>
          {formatDong(kc)}
        </Typography.Text>
      </Flex>
      <Flex justify="space-between" gap={16}>
        <Typography.Text strong>{t("plans.form.grandTotal")}</Typography.Text>
        <Typography.Text strong style={numeric}>
          {formatDong(grand)}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/** The budget lines of a plan: funding source, activity content and amount in whole đồng. */
export function PlanLinesField() {
  const t = usePlansT();
  const labels = usePlanLabels();
  const cell = { style: { marginBottom: 0 } };
  const required = { required: true, message: t("plans.form.required") };
  const sourceOptions = fundingSourceCodes.map((code) => ({ value: code, label: labels.source(code) }));
  const contentOptions = planContentCodes.map((code) => ({ value: code, label: labels.content(code) }));
  const fieldLabel = (field: string, index: number) => t("plans.form.lineField", { field, index: index + 1 });

  return (
    <Form.List
      name="lines"
      rules={[
        {
          validator: async (_rule, lines?: unknown[]) => {
            if (!lines || lines.length === 0) throw new Error(t("plans.form.linesRequired"));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          { title: "#", key: "index", width: 44, render: (_, _field, index) => index + 1 },
          {
            title: t("plans.form.source"),
            key: "source",
            width: 280,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "source"]} rules={[required]}>
                <Select
                  aria-label={fieldLabel(t("plans.form.source"), index)}
                  options={sourceOptions}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            ),
          },
          {
            title: t("plans.form.content"),
            key: "content",
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "content"]} rules={[required]}>
                <Select
                  aria-label={fieldLabel(t("plans.form.content"), index)}
                  showSearch={foldedSelectSearch}
                  options={contentOptions}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            ),
          },
          {
            title: t("plans.form.amount"),
            key: "amount",
            width: 220,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "amount"]} rules={[required]}>
                <AmountInput aria-label={fieldLabel(t("plans.form.amount"), index)} unit="đ" />
              </Form.Item>
            ),
          },
        ];
        return (
          <FormListTable
            fields={fields}
            remove={remove}
            columns={columns}
            removeLabel={(index) => t("plans.form.removeLine", { index: index + 1 })}
            emptyText={t("plans.form.noLines")}
            scrollX={900}
            errors={errors}
            addLabel={t("plans.form.addLine")}
            onAdd={() => add({ amount: null })}
            addDisabled={fields.length >= limits.lines}
            footer={<PlanLineTotals />}
          />
        );
      }}
    </Form.List>
  );
}
