import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../../components/section";
import { EstablishmentSelect } from "./establishment-select";
import type { FormValues } from "./form-values";

const MAX_BENEFICIARIES = 500;

/** Cơ sở thụ hưởng: establishments from the register, each with its share of the support (optional). */
export function BeneficiariesField({ labels }: { labels: Record<string, string> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const provinceId = Form.useWatch("provinceId", form);
  const rows = Form.useWatch("beneficiaries", form) ?? [];
  const shareTotal = rows.reduce((sum, row) => sum + (row?.sharePct ?? 0), 0);

  return (
    <FormSection title={t("projectForm.sections.beneficiaries")}>
      <Form.List name="beneficiaries">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? (
              <Typography.Text type="secondary">{t("projectForm.noBeneficiaries")}</Typography.Text>
            ) : null}
            {fields.map((field, index) => {
              const id = form.getFieldValue(["beneficiaries", field.name, "establishmentId"]) as
                | string
                | undefined;
              const label = id ? labels[id] : undefined;
              return (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Form.Item
                    name={[field.name, "establishmentId"]}
                    style={{ flex: "1 1 420px", minWidth: 0, marginBottom: 0 }}
                    rules={[{ required: true, message: t("projectForm.beneficiaryRequired") }]}
                  >
                    <EstablishmentSelect
                      aria-label={t("projectForm.beneficiaryLabel", { index: index + 1 })}
                      provinceId={provinceId}
                      initialOption={id && label ? { value: id, label } : null}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "sharePct"]} style={{ marginBottom: 0 }}>
                    <InputNumber
                      aria-label={t("projectForm.shareLabel", { index: index + 1 })}
                      placeholder={t("projects.fields.share")}
                      min={0}
                      max={100}
                      precision={2}
                      decimalSeparator=","
                      suffix="%"
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t("projectForm.removeBeneficiary", { index: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              );
            })}
            {shareTotal > 100 ? (
              <Typography.Text type="danger">{t("projectForm.shareOver")}</Typography.Text>
            ) : null}
            <div>
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= MAX_BENEFICIARIES}
                onClick={() => add({ sharePct: null })}
              >
                {t("projectForm.addBeneficiary")}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </FormSection>
  );
}
