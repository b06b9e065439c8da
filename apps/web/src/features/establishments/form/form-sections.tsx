import { businessRegNoSchema, establishmentLimits, taxCodeSchema, todayInVietnam } from "@kc/domain";
import { Col, Form, type FormRule, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { half, third } from "../../../components/form-columns";
import { FormSection } from "../../../components/section";
import { schemaRule } from "../../../lib/forms";
import { foldedSelectSearch } from "../../../lib/text";
import { useProvinceOptions } from "../../admin-units/api";
import { CommuneSelect } from "../../admin-units/commune-select";
import { useCodeOptions } from "../../catalogues/code-options";
import { establishmentPath } from "../paths";
import type { FormValues } from "./form-values";

export type TaxCodeConflict = { message: string; existingId: string | null };

/** "Tối đa N ký tự". */
export function useTooLong() {
  const { t } = useTranslation();
  return (max: number): FormRule => ({ max, message: t("establishmentForm.tooLong", { max }) });
}

/** Thông tin cơ sở: name, legal form, subject class, tax code (a 409 shows here), registration no., owner. */
export function IdentitySection({ taxConflict }: { taxConflict: TaxCodeConflict | null }) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const legalForms = useCodeOptions("LEGAL_FORM");
  const subjectClasses = useCodeOptions("SUBJECT_CLASS");
  const conflictHelp = taxConflict ? (
    <span>
      {taxConflict.message}
      {taxConflict.existingId ? (
        <>
          {" "}
          <Link to={establishmentPath(taxConflict.existingId)} target="_blank" rel="noopener">
            {t("establishmentForm.openExisting")}
          </Link>
        </>
      ) : null}
    </span>
  ) : undefined;

  return (
    <FormSection title={t("establishments.sections.identity")}>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            label={t("establishments.name")}
            name="name"
            rules={[
              { required: true, whitespace: true, message: t("establishmentForm.nameRequired") },
              tooLong(establishmentLimits.nameMax),
            ]}
          >
            <Input autoComplete="off" maxLength={establishmentLimits.nameMax} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("establishments.legalForm")}
            name="legalForm"
            rules={[{ required: true, message: t("establishmentForm.legalFormRequired") }]}
          >
            <Select loading={legalForms.isPending} options={legalForms.options} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("establishments.subjectClass")}
            name="subjectClass"
            rules={[{ required: true, message: t("establishmentForm.subjectClassRequired") }]}
          >
            <Select loading={subjectClasses.isPending} options={subjectClasses.options} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("establishments.taxCode")}
            name="taxCode"
            validateStatus={taxConflict ? "error" : undefined}
            help={conflictHelp}
            rules={[schemaRule(taxCodeSchema, t("establishmentForm.taxCodeInvalid"))]}
          >
            <Input autoComplete="off" inputMode="numeric" maxLength={20} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("establishments.businessRegNo")}
            name="businessRegNo"
            rules={[
              tooLong(establishmentLimits.businessRegNoMax),
              schemaRule(businessRegNoSchema, t("establishmentForm.businessRegNoInvalid")),
            ]}
          >
            <Input autoComplete="off" maxLength={establishmentLimits.businessRegNoMax} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("establishments.owner")}
            name="ownerName"
            rules={[tooLong(establishmentLimits.ownerNameMax)]}
          >
            <Input autoComplete="off" maxLength={establishmentLimits.ownerNameMax} />
          </Form.Item>
        </Col>
      </Row>
    </FormSection>
  );
}

type AddressSectionProps = {
  /** A province-scoped officer records establishments of their own province only. */
  fixedProvinceId: string | undefined;
  communeLabels: Record<string, string>;
};

/** Địa chỉ: province → commune cascade (communes of the chosen province) and the address as written. */
export function AddressSection({ fixedProvinceId, communeLabels }: AddressSectionProps) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const form = Form.useFormInstance<FormValues>();
  const provinceId = Form.useWatch("provinceId", form);
  const communeId = Form.useWatch("communeId", form);
  const provinces = useProvinceOptions(todayInVietnam());
  const communeLabel = communeId ? communeLabels[communeId] : undefined;

  return (
    <FormSection title={t("establishments.sections.address")}>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            label={t("establishments.province")}
            name="provinceId"
            rules={[{ required: true, message: t("establishmentForm.provinceRequired") }]}
          >
            <Select
              showSearch={foldedSelectSearch}
              loading={provinces.isPending}
              options={provinces.options}
              disabled={Boolean(fixedProvinceId)}
              onChange={() => form.setFieldValue("communeId", undefined)}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("establishments.commune")}
            name="communeId"
            rules={[{ required: true, message: t("establishmentForm.communeRequired") }]}
          >
            <CommuneSelect
              provinceId={provinceId}
              initialOption={communeId && communeLabel ? { value: communeId, label: communeLabel } : null}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            label={t("establishments.address")}
            name="addressText"
            rules={[
              { required: true, whitespace: true, message: t("establishmentForm.addressRequired") },
              tooLong(establishmentLimits.addressMax),
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
    </FormSection>
  );
}
