import { establishmentLimits, phoneSchema, vsicCodeSchema, websiteSchema } from "@kc/domain";
import { Col, Form, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { third } from "../../../components/form-columns";
import { FormSection } from "../../../components/section";
import { accepts, schemaRule } from "../../../lib/forms";
import { foldedSelectSearch } from "../../../lib/text";
import { useCodeOptions } from "../../catalogues/code-options";
import { useTooLong } from "./form-sections";

/** Ngành nghề và sản phẩm: eligible industries (Decree 45 Art. 5), VSIC codes, main products. */
export function IndustriesSection() {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const industries = useCodeOptions("ELIGIBLE_INDUSTRY");
  return (
    <FormSection title={t("establishments.sections.industries")}>
      <Form.Item
        label={t("establishments.industries")}
        name="industries"
        rules={[
          { required: true, type: "array", min: 1, message: t("establishmentForm.industriesRequired") },
        ]}
      >
        <Select
          mode="multiple"
          loading={industries.isPending}
          options={industries.options}
          showSearch={foldedSelectSearch}
          maxCount={establishmentLimits.industriesMax}
        />
      </Form.Item>
      <Form.Item
        label={t("establishments.vsicCodes")}
        name="vsicCodes"
        rules={[
          {
            validator: async (_, codes?: string[]) => {
              if ((codes ?? []).some((code) => !accepts(vsicCodeSchema, code)))
                throw new Error(t("establishmentForm.vsicInvalid"));
            },
          },
        ]}
      >
        <Select
          mode="tags"
          tokenSeparators={[",", ";", " "]}
          suffixIcon={null}
          notFoundContent={null}
          maxCount={establishmentLimits.vsicCodesMax}
          placeholder={t("establishmentForm.vsicPlaceholder")}
        />
      </Form.Item>
      <Form.Item
        label={t("establishments.mainProducts")}
        name="mainProducts"
        rules={[
          { required: true, whitespace: true, message: t("establishmentForm.mainProductsRequired") },
          tooLong(establishmentLimits.mainProductsMax),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={establishmentLimits.mainProductsMax}
        />
      </Form.Item>
    </FormSection>
  );
}

/** Liên hệ: phone, email, website. */
export function ContactsSection() {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  return (
    <FormSection title={t("establishments.sections.contacts")}>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item
            label={t("establishments.phone")}
            name="phone"
            rules={[schemaRule(phoneSchema, t("establishmentForm.phoneInvalid"))]}
          >
            <Input type="tel" autoComplete="off" maxLength={establishmentLimits.phoneMax} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("establishments.email")}
            name="email"
            rules={[
              { type: "email", message: t("establishmentForm.emailInvalid") },
              tooLong(establishmentLimits.emailMax),
            ]}
          >
            <Input type="email" autoComplete="off" maxLength={establishmentLimits.emailMax} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("establishments.website")}
            name="website"
            rules={[
              schemaRule(websiteSchema, t("establishmentForm.websiteInvalid")),
              tooLong(establishmentLimits.websiteMax),
            ]}
          >
            <Input
              autoComplete="off"
              maxLength={establishmentLimits.websiteMax}
              placeholder="https://coso.vn"
            />
          </Form.Item>
        </Col>
      </Row>
    </FormSection>
  );
}
