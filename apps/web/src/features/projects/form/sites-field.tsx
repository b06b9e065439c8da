import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, Input, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../../components/section";
import { foldedSelectSearch } from "../../../lib/text";
import { CommuneSelect } from "../../admin-units/commune-select";
import { useSiteCascade } from "../../admin-units/use-site-cascade";
import type { FormValues } from "./form-values";

const MAX_SITES = 100;
const ADDRESS_MAX = 500;

type SiteRowProps = {
  name: number;
  index: number;
  communeLabels: Record<string, string>;
  onRemove: () => void;
};

function SiteRow({ name, index, communeLabels, onRemove }: SiteRowProps) {
  const { t } = useTranslation();
  const { provinceId, provinces, communeOption, clearCommune } = useSiteCascade(name, communeLabels);

  return (
    <Flex gap={8} align="flex-start" wrap>
      <Form.Item name={[name, "provinceId"]} style={{ width: 200, marginBottom: 0 }}>
        <Select
          aria-label={t("projectForm.siteProvince", { index: index + 1 })}
          placeholder={t("projects.fields.province")}
          showSearch={foldedSelectSearch}
          loading={provinces.isPending}
          options={provinces.options}
          onChange={clearCommune}
        />
      </Form.Item>
      <Form.Item
        name={[name, "communeId"]}
        style={{ width: 240, marginBottom: 0 }}
        rules={[{ required: true, message: t("projectForm.communeRequired") }]}
      >
        <CommuneSelect
          aria-label={t("projectForm.siteCommune", { index: index + 1 })}
          provinceId={provinceId}
          initialOption={communeOption}
        />
      </Form.Item>
      <Form.Item
        name={[name, "addressText"]}
        style={{ flex: "1 1 240px", minWidth: 0, marginBottom: 0 }}
        rules={[{ max: ADDRESS_MAX, message: t("projectForm.tooLong", { max: ADDRESS_MAX }) }]}
      >
        <Input
          aria-label={t("projectForm.siteAddress", { index: index + 1 })}
          placeholder={t("projects.fields.address")}
          maxLength={ADDRESS_MAX}
          autoComplete="off"
        />
      </Form.Item>
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t("projectForm.removeSite", { index: index + 1 })}
        onClick={onRemove}
      />
    </Flex>
  );
}

/** Địa điểm thực hiện: communes (with an address) where the project is carried out. */
export function SitesField({ communeLabels }: { communeLabels: Record<string, string> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  return (
    <FormSection title={t("projectForm.sections.sites")}>
      <Form.List name="sites">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? (
              <Typography.Text type="secondary">{t("projectForm.noSites")}</Typography.Text>
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
                disabled={fields.length >= MAX_SITES}
                onClick={() =>
                  add({ provinceId: form.getFieldValue("provinceId") ?? undefined, addressText: "" })
                }
              >
                {t("projectForm.addSite")}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </FormSection>
  );
}
