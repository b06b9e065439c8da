import { Col, Form, Input, Row } from "antd";
import { useTranslation } from "react-i18next";
import { half } from "../../../../components/form-columns";
import { OrganisationSelect } from "../../../organisations/organisation-select";
import type { FairFormValues } from "./form-values";

const NAME_MAX = 300;

type OrganisationNameFieldsProps = {
  /** Which of the fair's two organisations: the host (chủ trì) or the organiser (tổ chức). */
  which: "host" | "organiser";
  /** The current catalogue organisation's option, so the picker shows its name before any search. */
  initialOption: { value: string; label: string } | null;
};

const fieldsOf = {
  host: { orgId: "hostOrgId", name: "hostName" },
  organiser: { orgId: "organiserOrgId", name: "organiserName" },
} as const;

/**
 * A fair's host or organiser: a picker over the organisations catalogue (searched on the server, without
 * diacritics) that fills in the name, and the name itself, which stays editable because the schema keeps both —
 * a fair's host is often a body the catalogue does not hold (a ministry's agency, a foreign organiser).
 */
export function OrganisationNameFields({ which, initialOption }: OrganisationNameFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FairFormValues>();
  const names = fieldsOf[which];
  return (
    <Row gutter={12}>
      <Col {...half}>
        <Form.Item label={t(`fairs.form.${which}Org`)} name={names.orgId} extra={t("fairs.form.orgHint")}>
          <OrganisationSelect
            initialOption={initialOption}
            placeholder={t("fairs.form.orgPlaceholder")}
            onChange={(_value, option) => {
              const label = option && !Array.isArray(option) ? option.label : undefined;
              if (label) form.setFields([{ name: names.name, value: label, errors: [] }]);
            }}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          label={t(`fairs.form.${which}Name`)}
          name={names.name}
          rules={[
            { required: true, whitespace: true, message: t(`fairs.form.${which}Required`) },
            { max: NAME_MAX },
          ]}
        >
          <Input maxLength={NAME_MAX} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}
