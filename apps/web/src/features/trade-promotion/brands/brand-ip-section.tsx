import { brandStatusCodes, brandStatusLabels, tradePromotionLimits } from "@kc/domain";
import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { half } from "../../../components/form-columns";
import { FormSection } from "../../../components/section";
import { DATE_FORMAT } from "../../../lib/format";

/**
 * The brand form's IP-office part: application and registration numbers and dates as the office issued them, and
 * where the mark stands. Its fields (applicationNumber, applicationDate, registrationNumber, registrationDate,
 * status) live in the enclosing brand form.
 */
export function BrandIpSection() {
  const { t } = useTranslation();
  return (
    <FormSection title={t("brands.sectionIp")}>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="applicationNumber" label={t("brands.applicationNumber")}>
            <Input maxLength={tradePromotionLimits.documentNumberMax} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="applicationDate" label={t("brands.applicationDate")}>
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="registrationNumber" label={t("brands.registrationNumber")}>
            <Input maxLength={tradePromotionLimits.documentNumberMax} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="registrationDate" label={t("brands.registrationDate")}>
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="status" label={t("brands.status")}>
            <Select
              options={brandStatusCodes.map((code) => ({ value: code, label: brandStatusLabels[code] }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormSection>
  );
}
