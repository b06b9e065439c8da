import {
  fundingLevelCodes,
  localLevelCodes,
  projectKindCodes,
  selectionMethodCodes,
  supportActivityCodes,
  todayInVietnam,
} from "@kc/domain";
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { half, third } from "../../../components/form-columns";
import { FormSection } from "../../../components/section";
import { DATE_FORMAT } from "../../../lib/format";
import { foldedSelectSearch } from "../../../lib/text";
import { useProvinceOptions } from "../../admin-units/api";
import { useCodeOptions as useCatalogueOptions } from "../../catalogues/code-options";
import { YEAR_MAX, YEAR_MIN } from "../filters";
import { useCodeOptions } from "../labels";
import type { FormValues } from "./form-values";

const TITLE_MAX = 500;
const SUMMARY_MAX = 4000;

/** Thông tin chung: title, kind, funding level, plan year, province, selection method, dates, contents. */
export function GeneralSection({ fixedProvinceId }: { fixedProvinceId: string | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const fundingLevel = Form.useWatch("fundingLevel", form);
  const provinces = useProvinceOptions(todayInVietnam());
  const industries = useCatalogueOptions("ELIGIBLE_INDUSTRY");
  const kinds = useCodeOptions("kinds", projectKindCodes);
  const levels = useCodeOptions("fundingLevels", fundingLevelCodes);
  const local = useCodeOptions("localLevels", localLevelCodes);
  const methods = useCodeOptions("selectionMethods", selectionMethodCodes);
  const activities = useCodeOptions("activities", supportActivityCodes);
  const required = (message: string) => [{ required: true, message }];

  return (
    <FormSection title={t("projectForm.sections.general")}>
      <Form.Item
        label={t("projects.fields.title")}
        name="title"
        rules={[
          { required: true, whitespace: true, message: t("projectForm.titleRequired") },
          { max: TITLE_MAX, message: t("projectForm.tooLong", { max: TITLE_MAX }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={TITLE_MAX} />
      </Form.Item>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item
            label={t("projects.fields.kind")}
            name="kind"
            rules={required(t("projectForm.required"))}
          >
            <Select options={kinds} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("projects.fields.fundingLevel")}
            name="fundingLevel"
            rules={required(t("projectForm.required"))}
          >
            <Select
              options={levels}
              onChange={(value: string) => {
                if (value === "KCQG") form.setFieldValue("localLevel", null);
                else if (!form.getFieldValue("localLevel")) form.setFieldValue("localLevel", "TINH");
              }}
            />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("projects.fields.localLevel")}
            name="localLevel"
            rules={fundingLevel === "KCDP" ? required(t("projectForm.localLevelRequired")) : []}
          >
            <Select
              disabled={fundingLevel !== "KCDP"}
              allowClear
              placeholder={fundingLevel === "KCDP" ? undefined : t("projectForm.onlyLocal")}
              options={local}
            />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("projects.fields.planYear")}
            name="planYear"
            rules={required(t("projectForm.required"))}
          >
            <InputNumber min={YEAR_MIN} max={YEAR_MAX} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("projects.fields.province")}
            name="provinceId"
            rules={fundingLevel === "KCDP" ? required(t("projectForm.provinceRequired")) : []}
            extra={fixedProvinceId ? undefined : t("projectForm.provinceHint")}
          >
            <Select
              allowClear={!fixedProvinceId}
              disabled={Boolean(fixedProvinceId)}
              showSearch={foldedSelectSearch}
              loading={provinces.isPending}
              options={provinces.options}
              placeholder={t("projects.noProvince")}
            />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            label={t("projects.fields.selectionMethod")}
            name="selectionMethod"
            rules={required(t("projectForm.required"))}
          >
            <Select options={methods} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t("projects.fields.startDate")} name="startDate">
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("projects.fields.endDate")}
            name="endDate"
            dependencies={["startDate"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value) => {
                  const start = getFieldValue("startDate");
                  return !value || !start || !value.isBefore(start, "day")
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("projectForm.endBeforeStart")));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t("projects.fields.activities")}
            name="activities"
            rules={[{ required: true, type: "array", min: 1, message: t("projectForm.activitiesRequired") }]}
          >
            <Select mode="multiple" showSearch={foldedSelectSearch} options={activities} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t("projects.fields.industries")} name="industries">
            <Select
              mode="multiple"
              maxCount={7}
              showSearch={foldedSelectSearch}
              loading={industries.isPending}
              options={industries.options}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t("projects.fields.summary")}
        name="summary"
        rules={[{ max: SUMMARY_MAX, message: t("projectForm.tooLong", { max: SUMMARY_MAX }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={SUMMARY_MAX} showCount />
      </Form.Item>
    </FormSection>
  );
}
