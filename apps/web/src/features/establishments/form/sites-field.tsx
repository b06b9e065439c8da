import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { establishmentLimits } from "@kc/domain";
import { Button, Col, Flex, Form, Input, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../../components/section";
import { foldedSelectSearch } from "../../../lib/text";
import { CommuneSelect } from "../../admin-units/commune-select";
import { useSiteCascade } from "../../admin-units/use-site-cascade";
import type { FormValues } from "./form-values";

type SiteRowProps = {
  name: number;
  index: number;
  communeLabels: Record<string, string>;
  onRemove: () => void;
};

function SiteRow({ name, index, communeLabels, onRemove }: SiteRowProps) {
  const { t } = useTranslation();
  const { provinceId, provinces, communeOption, clearCommune } = useSiteCascade(name, communeLabels);
  const title = t("establishmentForm.siteLabel", { index: index + 1 });

  return (
    <fieldset
      aria-label={title}
      style={{ border: "1px solid #e5e7eb", borderRadius: 6, padding: 12, margin: 0, minWidth: 0 }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{title}</Typography.Text>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t("establishmentForm.removeSite", { index: index + 1 })}
          onClick={onRemove}
        />
      </Flex>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t("establishments.province")} name={[name, "provinceId"]}>
            <Select
              showSearch={foldedSelectSearch}
              loading={provinces.isPending}
              options={provinces.options}
              onChange={clearCommune}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t("establishments.commune")}
            name={[name, "communeId"]}
            rules={[{ required: true, message: t("establishmentForm.communeRequired") }]}
          >
            <CommuneSelect provinceId={provinceId} initialOption={communeOption} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t("establishments.address")}
            name={[name, "addressText"]}
            rules={[
              { required: true, whitespace: true, message: t("establishmentForm.addressRequired") },
              {
                max: establishmentLimits.addressMax,
                message: t("establishmentForm.tooLong", { max: establishmentLimits.addressMax }),
              },
            ]}
          >
            <Input
              autoComplete="off"
              maxLength={establishmentLimits.addressMax}
              placeholder={t("establishmentForm.addressPlaceholder")}
            />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}

/** Cơ sở sản xuất: production sites other than the registered address (a repeatable list). */
export function SitesField({ communeLabels }: { communeLabels: Record<string, string> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  return (
    <FormSection title={t("establishments.sections.sites")}>
      <Form.List name="sites">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.length === 0 ? (
              <Typography.Text type="secondary">{t("establishments.noSites")}</Typography.Text>
            ) : null}
            {fields.map((field, index) => (
              <SiteRow
                key={field.key}
                name={field.name}
                index={index}
                communeLabels={communeLabels}
                onRemove={() => remove(field.name)}
              />
            ))}
            <div>
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= establishmentLimits.sitesMax}
                onClick={() => add({ provinceId: form.getFieldValue("provinceId"), addressText: "" })}
              >
                {t("establishmentForm.addSite")}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </FormSection>
  );
}
