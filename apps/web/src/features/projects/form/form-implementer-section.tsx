import { projectFlagCodes } from "@kc/domain";
import { Checkbox, Col, Flex, Form, Input, InputNumber, Row } from "antd";
import { useTranslation } from "react-i18next";
import { half } from "../../../components/form-columns";
import { FormSection } from "../../../components/section";
import { OrganisationSelect } from "../../organisations/organisation-select";
import { useCodeLabel } from "../labels";
import type { FormValues } from "./form-values";

const NAME_MAX = 500;

type ImplementerSectionProps = {
  /** The current implementer's option, so it shows its name before any search. */
  initialImplementer: { value: string; label: string } | null;
  /** The current coordinating organisations, likewise. */
  initialCoordinators: { value: string; label: string }[];
};

/** Đơn vị thực hiện: the implementing organisation (its name is filled in), flags of the dossier, priority. */
export function ImplementerSection({ initialImplementer, initialCoordinators }: ImplementerSectionProps) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const form = Form.useFormInstance<FormValues>();
  return (
    <FormSection title={t("projectForm.sections.implementer")}>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            label={t("projects.fields.implementerOrg")}
            name="implementerOrgId"
            extra={t("projectForm.implementerOrgHint")}
          >
            <OrganisationSelect
              initialOption={initialImplementer}
              placeholder={t("projectForm.implementerOrgPlaceholder")}
              onChange={(_value, option) => {
                const label = option && !Array.isArray(option) ? option.label : undefined;
                if (label) form.setFieldValue("implementerName", label);
              }}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("projects.fields.implementerName")}
            name="implementerName"
            rules={[
              { required: true, whitespace: true, message: t("projectForm.implementerRequired") },
              { max: NAME_MAX, message: t("projectForm.tooLong", { max: NAME_MAX }) },
            ]}
          >
            <Input maxLength={NAME_MAX} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t("projects.fields.coordinatingOrgs")} name="coordinatingOrgIds">
            <OrganisationSelect
              multiple
              initialOptions={initialCoordinators}
              placeholder={t("projectForm.implementerOrgPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("projects.fields.priorityMultiplier")}
            name="priorityMultiplier"
            extra={t("projectForm.priorityHint")}
          >
            <InputNumber
              min={1}
              max={1.5}
              step={0.1}
              precision={2}
              decimalSeparator=","
              style={{ width: 160 }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex vertical gap={4}>
        {projectFlagCodes.map((flag) => (
          <Form.Item key={flag} name={flag} valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>{label("flags", flag)}</Checkbox>
          </Form.Item>
        ))}
      </Flex>
    </FormSection>
  );
}
