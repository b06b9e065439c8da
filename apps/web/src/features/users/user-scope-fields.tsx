import { type ScopeKind, scopeKinds, todayInVietnam } from "@kc/domain";
import { Form, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { foldedSelectSearch } from "../../lib/text";
import { useProvinceOptions } from "../admin-units/api";
import { OrganisationSelect } from "../organisations/organisation-select";
import { useRegions } from "../regions/api";
import type { FormValues } from "./user-form";

type UserScopeFieldsProps = {
  /** Scope kinds the chosen role allows (from /users/roles); undefined until a role is chosen. */
  allowedKinds: readonly ScopeKind[] | undefined;
  user: User | null;
};

/** Data scope (Toàn quốc / Vùng / Tỉnh / Tổ chức) with the region, province or organisation it needs. */
export function UserScopeFields({ allowedKinds, user }: UserScopeFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const scopeKind = Form.useWatch("scopeKind", form);
  const provinceId = Form.useWatch("provinceId", form);
  const today = todayInVietnam();
  const regions = useRegions(today);
  const provinces = useProvinceOptions(today);

  return (
    <>
      <Form.Item
        label={t("users.scope")}
        name="scopeKind"
        rules={[
          { required: true, message: t("users.scopeRequired") },
          {
            validator: async (_, value?: ScopeKind) => {
              if (value && allowedKinds && !allowedKinds.includes(value))
                throw new Error(t("users.scopeNotAllowed"));
            },
          },
        ]}
      >
        <Radio.Group
          options={scopeKinds.map((kind) => ({
            value: kind,
            label: t(`users.scopeKinds.${kind}`),
            disabled: allowedKinds ? !allowedKinds.includes(kind) : false,
          }))}
        />
      </Form.Item>
      {scopeKind === "REGION" ? (
        <Form.Item
          label={t("users.region")}
          name="regionCode"
          rules={[{ required: true, message: t("users.regionRequired") }]}
        >
          <Select
            loading={regions.isPending}
            options={(regions.data ?? []).map((region) => ({ value: region.code, label: region.label }))}
          />
        </Form.Item>
      ) : null}
      {scopeKind === "PROVINCE" ? (
        <Form.Item
          label={t("users.province")}
          name="provinceId"
          rules={[{ required: true, message: t("users.provinceRequired") }]}
        >
          <Select loading={provinces.isPending} options={provinces.options} showSearch={foldedSelectSearch} />
        </Form.Item>
      ) : null}
      <Form.Item
        label={t("users.workUnit")}
        name="organisationId"
        rules={[{ required: scopeKind === "ORGANISATION", message: t("users.organisationRequired") }]}
      >
        <OrganisationSelect
          provinceId={scopeKind === "PROVINCE" ? provinceId : undefined}
          initialOption={
            user?.organisation ? { value: user.organisation.id, label: user.organisation.name } : null
          }
        />
      </Form.Item>
    </>
  );
}
