import { type FundingSource, fundingSourceCodes } from "@kc/domain";
import { Form, type FormListFieldData, Select, type TableColumnsType } from "antd";
import { AmountInput } from "../../../components/amount-input";
import { FormListTable } from "../../../components/form-list-table";
import { foldedSelectSearch } from "../../../lib/text";
import { BUDGET_EXEC, enteredIndicators } from "../constants";
import { usePlanLabels, usePlansT } from "../use-plans-t";

export type FigureRowValue = { indicator?: string; source?: FundingSource; value?: string | null };

const MAX_ROWS = 100;

/** The values of one report: indicator, funding source (money only) and the cumulative value. */
export function FigureRowsField() {
  const t = usePlansT();
  const labels = usePlanLabels();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch("values", form) ?? []) as FigureRowValue[];
  const cell = { style: { marginBottom: 0 } };
  const required = { required: true, message: t("plans.figuresForm.required") };
  const indicatorOptions = enteredIndicators.map((code) => ({ value: code, label: labels.indicator(code) }));
  const sourceOptions = fundingSourceCodes.map((code) => ({ value: code, label: labels.source(code) }));
  const fieldLabel = (field: string, index: number) =>
    t("plans.figuresForm.rowField", { field, index: index + 1 });

  return (
    <Form.List
      name="values"
      rules={[
        {
          validator: async (_rule, values?: unknown[]) => {
            if (!values || values.length === 0) throw new Error(t("plans.figuresForm.rowsRequired"));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => {
        const isMoney = (index: number) => rows[index]?.indicator === BUDGET_EXEC;
        const columns: TableColumnsType<FormListFieldData> = [
          {
            title: t("plans.figuresForm.indicator"),
            key: "indicator",
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "indicator"]} rules={[required]}>
                <Select
                  aria-label={fieldLabel(t("plans.figuresForm.indicator"), index)}
                  showSearch={foldedSelectSearch}
                  options={indicatorOptions}
                  popupMatchSelectWidth={false}
                  onChange={(code: string) => {
                    // Only money is split by funding source; a count carries none.
                    if (code !== BUDGET_EXEC) form.setFieldValue(["values", field.name, "source"], undefined);
                  }}
                />
              </Form.Item>
            ),
          },
          {
            title: t("plans.figuresForm.source"),
            key: "source",
            width: 280,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "source"]} rules={isMoney(index) ? [required] : []}>
                <Select
                  aria-label={fieldLabel(t("plans.figuresForm.source"), index)}
                  options={sourceOptions}
                  disabled={!isMoney(index)}
                  placeholder={isMoney(index) ? undefined : t("plans.figuresForm.sourceNotApplicable")}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            ),
          },
          {
            title: t("plans.figuresForm.value"),
            key: "value",
            width: 230,
            render: (_, field, index) => (
              <Form.Item {...cell} name={[field.name, "value"]} rules={[required]}>
                <AmountInput
                  aria-label={fieldLabel(t("plans.figuresForm.value"), index)}
                  unit={isMoney(index) ? "đ" : labels.indicatorUnit(rows[index]?.indicator ?? "")}
                />
              </Form.Item>
            ),
          },
        ];
        return (
          <FormListTable
            fields={fields}
            remove={remove}
            columns={columns}
            removeLabel={(index) => t("plans.figuresForm.removeRow", { index: index + 1 })}
            emptyText={t("plans.figuresForm.noRows")}
            scrollX={860}
            errors={errors}
            addLabel={t("plans.figuresForm.addRow")}
            onAdd={() => add({ value: null })}
            addDisabled={fields.length >= MAX_ROWS}
          />
        );
      }}
    </Form.List>
  );
}
