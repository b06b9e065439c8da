import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { capUnitCodes, confidenceCodes, percentBaseCodes } from "@kc/domain";
import {
  Button,
  Form,
  type FormListFieldData,
  Input,
  InputNumber,
  Select,
  Table,
  type TableColumnsType,
} from "antd";
import { useTranslation } from "react-i18next";
import { MONEY_INPUT } from "../../lib/money";
import { emptyRow, limits, type NormSetFormValues } from "./form-values";

type CellKey =
  | "code"
  | "activity"
  | "maxSharePercent"
  | "percentBase"
  | "capDong"
  | "capUnit"
  | "multiplier"
  | "legalBasis"
  | "normNote"
  | "normConfidence";

/** Digits only, grouped by dots as the user types. */
function groupTyped(value: string | undefined): string | undefined {
  const digits = (value ?? "").replace(/\D/g, "").replace(/^0+(?=\d)/, "");
  return digits ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : undefined;
}

/** The editable table of norm rows (Form.List "norms"), one line per row of the legal table. */
export function NormRowsField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<NormSetFormValues>();
  const rows = Form.useWatch("norms", form) ?? [];
  const required = { required: true, whitespace: true, message: t("supportNorms.form.required") };
  const cell = { style: { marginBottom: 0 } };
  /** Accessible name of one cell: "Mức trần (đồng) — b1" (or the row number while the code is empty). */
  const label = (key: CellKey, index: number) =>
    `${t(`supportNorms.form.${key}`)} — ${rows[index]?.code || `#${index + 1}`}`;

  return (
    <Form.List name="norms">
      {(fields, { add, remove }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          {
            title: t("supportNorms.form.code"),
            width: 80,
            render: (_, field, index) => (
              <Form.Item
                {...cell}
                name={[field.name, "code"]}
                rules={[
                  required,
                  ({ getFieldValue }) => ({
                    validator: (_rule, value: string | undefined) => {
                      const codes = ((getFieldValue("norms") ?? []) as { code?: string }[]).map((row) =>
                        row?.code?.trim(),
                      );
                      const code = value?.trim();
                      return code && codes.filter((other) => other === code).length > 1
                        ? Promise.reject(new Error(t("supportNorms.form.duplicateCode")))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input maxLength={limits.code} aria-label={label("code", index)} />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.activity"),
            width: 280,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "activityVi"]} rules={[required]}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={limits.rowText}
                  aria-label={label("activity", index)}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.maxSharePercent"),
            width: 110,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "maxSharePercent"]}>
                <InputNumber
                  min={0}
                  max={100}
                  step={0.5}
                  decimalSeparator=","
                  style={{ width: "100%" }}
                  aria-label={label("maxSharePercent", index)}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.percentBase"),
            width: 170,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "percentBase"]} rules={[{ required: true }]}>
                <Select
                  aria-label={label("percentBase", index)}
                  options={percentBaseCodes.map((code) => ({
                    value: code,
                    label: t(`supportNorms.percentBases.${code}`),
                  }))}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.capDong"),
            width: 170,
            render: (_, field, index) => (
              <Form.Item
                {...cell}
                name={[field.name, "capDong"]}
                normalize={groupTyped}
                rules={[
                  {
                    validator: (_rule, value: string | undefined) =>
                      !value ||
                      (MONEY_INPUT.test(value) && value.replace(/\./g, "").length <= limits.capDigits)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t("supportNorms.form.capInvalid"))),
                  },
                ]}
              >
                <Input
                  inputMode="numeric"
                  suffix="đ"
                  style={{ textAlign: "right" }}
                  aria-label={label("capDong", index)}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.capUnit"),
            width: 160,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "capUnit"]}>
                <Select
                  allowClear
                  aria-label={label("capUnit", index)}
                  options={capUnitCodes.map((code) => ({
                    value: code,
                    label: t(`supportNorms.capUnits.${code}`),
                  }))}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.multiplier"),
            width: 110,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "multiplier"]} rules={[{ required: true }]}>
                <InputNumber
                  min={1}
                  max={10}
                  step={0.1}
                  decimalSeparator=","
                  prefix="×"
                  style={{ width: "100%" }}
                  aria-label={label("multiplier", index)}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.legalBasis"),
            width: 240,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "legalBasis"]} rules={[required]}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  maxLength={limits.rowText}
                  aria-label={label("legalBasis", index)}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.normNote"),
            width: 220,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "noteVi"]}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  maxLength={limits.rowText}
                  aria-label={label("normNote", index)}
                />
              </Form.Item>
            ),
          },
          {
            title: t("supportNorms.form.normConfidence"),
            width: 150,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "confidence"]} rules={[{ required: true }]}>
                <Select
                  aria-label={label("normConfidence", index)}
                  options={confidenceCodes.map((code) => ({ value: code, label: t(`confidence.${code}`) }))}
                />
              </Form.Item>
            ),
          },
          {
            key: "remove",
            width: 48,
            fixed: "right",
            render: (_, field, index) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t("supportNorms.form.removeNorm", { code: rows[index]?.code || `#${index + 1}` })}
                onClick={() => remove(field.name)}
              />
            ),
          },
        ];
        return (
          <>
            <Table<FormListFieldData>
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={fields}
              pagination={false}
              scroll={{ x: 1640 }}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginTop: 12 }}
              disabled={fields.length >= limits.rows}
              onClick={() => add(emptyRow())}
            >
              {t("supportNorms.form.addNorm")}
            </Button>
          </>
        );
      }}
    </Form.List>
  );
}
