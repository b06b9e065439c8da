import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { projectIndicatorCodes } from "@kc/domain";
import { Button, Flex, Form, InputNumber, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../../components/section";
import { foldedSelectSearch } from "../../../lib/text";
import { useCodeLabel } from "../labels";
import type { FormValues, IndicatorValue } from "./form-values";

/** Mục tiêu: output indicators the project sets a target for (DOMAIN §8.2), each once. */
export function IndicatorsField() {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const form = Form.useFormInstance<FormValues>();
  const rows = (Form.useWatch("indicators", form) ?? []) as IndicatorValue[];
  const chosen = new Set(rows.map((row) => row?.code).filter(Boolean));

  return (
    <FormSection title={t("projectForm.sections.indicators")}>
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? (
              <Typography.Text type="secondary">{t("projectForm.noIndicators")}</Typography.Text>
            ) : null}
            {fields.map((field, index) => {
              const code = rows[field.name]?.code;
              return (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Form.Item
                    name={[field.name, "code"]}
                    style={{ flex: "1 1 380px", minWidth: 0, marginBottom: 0 }}
                    rules={[{ required: true, message: t("projectForm.required") }]}
                  >
                    <Select
                      aria-label={t("projectForm.indicatorLabel", { index: index + 1 })}
                      showSearch={foldedSelectSearch}
                      options={projectIndicatorCodes.map((value) => ({
                        value,
                        label: label("indicators", value),
                        disabled: value !== code && chosen.has(value),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "target"]} style={{ marginBottom: 0 }}>
                    <InputNumber
                      aria-label={t("projectForm.targetLabel", { index: index + 1 })}
                      placeholder={t("projects.outputs.target")}
                      min={0}
                      max={1e12}
                      decimalSeparator=","
                      suffix={code ? label("indicatorUnits", code) : undefined}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t("projectForm.removeIndicator", { index: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              );
            })}
            <div>
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= projectIndicatorCodes.length}
                onClick={() => add({ target: null })}
              >
                {t("projectForm.addIndicator")}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </FormSection>
  );
}
