import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { establishmentLimits, todayInVietnam } from "@kc/domain";
import {
  Button,
  Flex,
  Form,
  type FormListFieldData,
  type FormRule,
  Input,
  InputNumber,
  Select,
  Table,
  type TableColumnsType,
} from "antd";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../../components/section";
import { MONEY_INPUT } from "../../../lib/money";
import { useKeyboardScrollable } from "../../../lib/use-keyboard-scrollable";
import type { BooleanText, FormValues, YearValues } from "./form-values";

const cell = { style: { marginBottom: 0 } };

type MoneyKey = "totalCapital" | "totalAssets" | "revenue";
type FlagKey = "hasExportContract" | "cnhtProduct";

/** Số liệu theo năm: an editable table, one row per year. Money is typed as text and sent as a decimal string. */
export function YearDataField() {
  const table = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  useKeyboardScrollable(table, t("establishments.sections.yearData"));
  const form = Form.useFormInstance<FormValues>();
  const rows: YearValues[] = Form.useWatch("yearData", form) ?? [];
  const thisYear = Number(todayInVietnam().slice(0, 4));

  /** Accessible name of one cell: "Doanh thu năm 2024" (or the row number while the year is empty). */
  const label = (field: string, index: number) => {
    const year = rows[index]?.year;
    return t("establishmentForm.rowField", { field, year: year ?? `#${index + 1}` });
  };

  const yearRules: FormRule[] = [
    { required: true, message: t("establishmentForm.yearRequired") },
    {
      type: "integer",
      min: establishmentLimits.yearMin,
      max: establishmentLimits.yearMax,
      message: t("establishmentForm.yearRange", {
        min: establishmentLimits.yearMin,
        max: establishmentLimits.yearMax,
      }),
    },
    ({ getFieldValue }) => ({
      validator: async (_, value?: number | null) => {
        const years = ((getFieldValue("yearData") as YearValues[] | undefined) ?? []).map((row) => row?.year);
        if (value != null && years.filter((year) => year === value).length > 1)
          throw new Error(t("establishmentForm.yearDuplicate"));
      },
    }),
  ];
  const moneyRule: FormRule = {
    validator: async (_, value?: string) => {
      const compact = (value ?? "").replace(/\s/g, "");
      if (
        compact &&
        (!MONEY_INPUT.test(compact) || compact.replace(/\./g, "").length > establishmentLimits.dongDigitsMax)
      )
        throw new Error(t("establishmentForm.moneyInvalid"));
    },
  };

  const money = (key: MoneyKey): TableColumnsType<FormListFieldData>[number] => ({
    title: t(`establishments.${key}`),
    key,
    width: 170,
    render: (_, field, index) => (
      <Form.Item name={[field.name, key]} rules={[moneyRule]} {...cell}>
        <Input inputMode="numeric" suffix="đ" aria-label={label(t(`establishments.${key}`), index)} />
      </Form.Item>
    ),
  });
  const flag = (key: FlagKey): TableColumnsType<FormListFieldData>[number] => ({
    title: t(`establishments.${key}`),
    key,
    width: 140,
    render: (_, field, index) => (
      <Form.Item name={[field.name, key]} {...cell}>
        <Select<BooleanText>
          allowClear
          aria-label={label(t(`establishments.${key}`), index)}
          options={[
            { value: "true", label: t("common.yes") },
            { value: "false", label: t("common.no") },
          ]}
        />
      </Form.Item>
    ),
  });

  return (
    <FormSection title={t("establishments.sections.yearData")}>
      <Form.List name="yearData">
        {(fields, { add, remove }) => {
          const columns: TableColumnsType<FormListFieldData> = [
            {
              title: t("establishments.year"),
              key: "year",
              width: 110,
              render: (_, field, index) => (
                <Form.Item name={[field.name, "year"]} rules={yearRules} {...cell}>
                  <InputNumber
                    aria-label={t("establishmentForm.rowField", {
                      field: t("establishments.year"),
                      year: `#${index + 1}`,
                    })}
                    precision={0}
                    controls={false}
                    style={{ width: "100%" }}
                  />
                </Form.Item>
              ),
            },
            {
              title: t("establishments.employees"),
              key: "employees",
              width: 130,
              render: (_, field, index) => (
                <Form.Item name={[field.name, "employees"]} {...cell}>
                  <InputNumber
                    aria-label={label(t("establishments.employees"), index)}
                    min={0}
                    max={establishmentLimits.employeesMax}
                    precision={0}
                    style={{ width: "100%" }}
                  />
                </Form.Item>
              ),
            },
            money("totalCapital"),
            money("totalAssets"),
            money("revenue"),
            {
              title: `${t("establishments.localMaterialSharePct")} (%)`,
              key: "localMaterialSharePct",
              width: 130,
              render: (_, field, index) => (
                <Form.Item name={[field.name, "localMaterialSharePct"]} {...cell}>
                  <InputNumber
                    aria-label={label(t("establishments.localMaterialSharePct"), index)}
                    min={0}
                    max={100}
                    step={0.1}
                    precision={2}
                    decimalSeparator=","
                    style={{ width: "100%" }}
                  />
                </Form.Item>
              ),
            },
            flag("hasExportContract"),
            flag("cnhtProduct"),
            {
              title: "",
              key: "remove",
              width: 56,
              render: (_, field, index) => (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t("establishmentForm.removeYear", {
                    year: rows[index]?.year ?? `#${index + 1}`,
                  })}
                  onClick={() => remove(field.name)}
                />
              ),
            },
          ];
          // Read from the form store at the click, not from the watched rows: those are updated a render
          // later, and two quick clicks on "Thêm năm" would both add the same year.
          const addYear = () => {
            const current = (form.getFieldValue("yearData") as YearValues[] | undefined) ?? [];
            const latest = Math.max(0, ...current.map((row) => row?.year ?? 0));
            add({ year: latest ? latest + 1 : thisYear - 1 });
          };
          return (
            <Flex vertical gap={12} ref={table}>
              <Table<FormListFieldData>
                rowKey="key"
                size="small"
                columns={columns}
                dataSource={fields}
                pagination={false}
                scroll={{ x: 1300 }}
                locale={{ emptyText: t("establishments.noYearData") }}
              />
              <div>
                <Button
                  icon={<PlusOutlined />}
                  disabled={fields.length >= establishmentLimits.yearDataMax}
                  onClick={addYear}
                >
                  {t("establishmentForm.addYear")}
                </Button>
              </div>
            </Flex>
          );
        }}
      </Form.List>
    </FormSection>
  );
}
