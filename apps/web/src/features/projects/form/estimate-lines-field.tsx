import { spendingCategoryCodes } from "@kc/domain";
import {
  Alert,
  Flex,
  Form,
  type FormListFieldData,
  Input,
  Select,
  type TableColumnsType,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { FormListTable } from "../../../components/form-list-table";
import { MoneyInput } from "../../../components/money-input";
import { FormSection } from "../../../components/section";
import { formatDong, sumDong } from "../../../lib/money";
import { foldedSelectSearch } from "../../../lib/text";
import { useCodeOptions } from "../labels";
import { EstimateLineTotal, sourcesMismatch } from "./estimate-line-total";
import type { EstimateLineValue, FormValues } from "./form-values";

const MAX_LINES = 500;
const QUANTITY = /^(0|[1-9]\d{0,11})([.,]\d{1,3})?$/;
const moneyFields = ["unitPrice", "kcAmount", "counterpartAmount", "otherAmount"] as const;

/** Totals of the estimate: the sum of line totals and of each source. */
function EstimateTotals() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const lines = (Form.useWatch("estimateLines", form) ?? []) as EstimateLineValue[];
  const checks = lines.map((line) => sourcesMismatch(line));
  const total = checks.reduce((sum, check) => sum + (check.total ?? check.sources), 0n);
  const off = checks.filter((check) => check.off).length;
  return (
    <Flex vertical gap={8}>
      <Flex gap={24} wrap justify="flex-end">
        <Typography.Text>
          {t("projects.estimate.total")}: <strong>{formatDong(total)}</strong>
        </Typography.Text>
        <Typography.Text>
          {t("projects.estimate.kc")}:{" "}
          <strong>{formatDong(sumDong(lines.map((line) => line.kcAmount)))}</strong>
        </Typography.Text>
        <Typography.Text>
          {t("projects.estimate.counterpart")}:{" "}
          <strong>{formatDong(sumDong(lines.map((line) => line.counterpartAmount)))}</strong>
        </Typography.Text>
        <Typography.Text>
          {t("projects.estimate.other")}:{" "}
          <strong>{formatDong(sumDong(lines.map((line) => line.otherAmount)))}</strong>
        </Typography.Text>
      </Flex>
      {off > 0 ? (
        <Alert type="warning" showIcon title={t("projectForm.linesMismatch", { count: off })} />
      ) : null}
    </Flex>
  );
}

/** Dự toán (Form 1): lines with item, spending category, norm code, quantity, unit price and the three sources. */
export function EstimateLinesField() {
  const { t } = useTranslation();
  const categories = useCodeOptions("spendingCategories", spendingCategoryCodes);
  const cell = { style: { marginBottom: 0 } };

  return (
    <FormSection title={t("projectForm.sections.estimate")}>
      <Form.List name="estimateLines">
        {(fields, { add, remove }) => {
          const columns: TableColumnsType<FormListFieldData> = [
            { title: "#", key: "index", width: 44, render: (_, _field, index) => index + 1 },
            {
              title: t("projects.estimate.item"),
              key: "item",
              width: 260,
              render: (_, field, index) => (
                <Form.Item
                  {...cell}
                  name={[field.name, "item"]}
                  rules={[{ required: true, whitespace: true, message: t("projectForm.itemRequired") }]}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 3 }}
                    maxLength={500}
                    aria-label={t("projectForm.lineField", {
                      field: t("projects.estimate.item"),
                      index: index + 1,
                    })}
                  />
                </Form.Item>
              ),
            },
            {
              title: t("projects.estimate.category"),
              key: "category",
              width: 230,
              render: (_, field, index) => (
                <Form.Item
                  {...cell}
                  name={[field.name, "spendingCategory"]}
                  rules={[{ required: true, message: t("projectForm.required") }]}
                >
                  <Select
                    aria-label={t("projectForm.lineField", {
                      field: t("projects.estimate.category"),
                      index: index + 1,
                    })}
                    showSearch={foldedSelectSearch}
                    popupMatchSelectWidth={false}
                    options={categories}
                  />
                </Form.Item>
              ),
            },
            {
              title: t("projects.estimate.normCode"),
              key: "normCode",
              width: 90,
              render: (_, field, index) => (
                <Form.Item {...cell} name={[field.name, "normCode"]}>
                  <Input
                    maxLength={10}
                    aria-label={t("projectForm.lineField", {
                      field: t("projects.estimate.normCode"),
                      index: index + 1,
                    })}
                  />
                </Form.Item>
              ),
            },
            {
              title: t("projects.estimate.quantity"),
              key: "quantity",
              width: 100,
              render: (_, field, index) => (
                <Form.Item
                  {...cell}
                  name={[field.name, "quantity"]}
                  rules={[
                    { required: true, message: t("projectForm.required") },
                    { pattern: QUANTITY, message: t("projectForm.quantityInvalid") },
                  ]}
                >
                  <Input
                    inputMode="decimal"
                    aria-label={t("projectForm.lineField", {
                      field: t("projects.estimate.quantity"),
                      index: index + 1,
                    })}
                  />
                </Form.Item>
              ),
            },
            ...moneyFields.map((key) => ({
              title: t(`projects.estimate.${key}`),
              key,
              width: 160,
              render: (_: unknown, field: FormListFieldData, index: number) => (
                <Form.Item {...cell} name={[field.name, key]}>
                  <MoneyInput
                    aria-label={t("projectForm.lineField", {
                      field: t(`projects.estimate.${key}`),
                      index: index + 1,
                    })}
                  />
                </Form.Item>
              ),
            })),
            {
              title: t("projects.estimate.lineTotal"),
              key: "total",
              width: 150,
              align: "right",
              render: (_, field) => <EstimateLineTotal name={field.name} />,
            },
          ];
          return (
            <FormListTable
              fields={fields}
              remove={remove}
              columns={columns}
              removeLabel={(index) => t("projectForm.removeLine", { index: index + 1 })}
              emptyText={t("projectForm.noLines")}
              scrollX={1640}
              label={t("projectForm.sections.estimate")}
              addLabel={t("projectForm.addLine")}
              onAdd={() => add({ capUnits: 1, quantity: "1" })}
              addDisabled={fields.length >= MAX_LINES}
              footer={<EstimateTotals />}
            />
          );
        }}
      </Form.List>
    </FormSection>
  );
}
