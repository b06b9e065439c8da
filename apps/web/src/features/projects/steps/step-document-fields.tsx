import { authorityLevelCodes } from "@kc/domain";
import { Col, DatePicker, Form, Input, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDocument, StepRequirement } from "../../../api/types";
import { DATE_FORMAT } from "../../../lib/format";
import { useCodeLabel, useCodeOptions } from "../labels";

type StepDocumentFieldsProps = {
  index: number;
  requirement: StepRequirement;
  /** Attachments uploaded to the project and not yet filed with a step. */
  attachments: ProjectDocument[];
};

const NUMBER_MAX = 60;
const SIGNER_MAX = 150;

/**
 * One document a step needs: its kind among those accepted, and exactly the fields the requirement asks for
 * (number, date, signer — then also the signer's authority); an uploaded attachment may be filed with it.
 */
export function StepDocumentFields({ index, requirement, attachments }: StepDocumentFieldsProps) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const authorities = useCodeOptions("authorityLevels", authorityLevelCodes);
  const needs = (field: string) => requirement.fields.includes(field);
  const title = t("projects.step.documentTitle", { index: index + 1 });
  const required = [{ required: true, message: t("projects.step.fieldRequired") }];
  const name = (field: string) => ["documents", index, field];

  return (
    <fieldset
      aria-label={title}
      style={{ border: "1px solid #e5e7eb", borderRadius: 6, padding: "8px 12px 0", margin: 0, minWidth: 0 }}
    >
      <legend style={{ fontSize: 14, padding: "0 4px", width: "auto", marginBottom: 0, border: 0 }}>
        <Typography.Text strong>{title}</Typography.Text>
      </legend>
      <Form.Item label={t("projects.step.kind")} name={name("kind")} rules={required}>
        <Select
          options={requirement.anyOf.map((kind) => ({
            value: kind.code,
            label: label("documentKinds", kind.code, kind.label),
          }))}
        />
      </Form.Item>
      <Row gutter={12}>
        {needs("number") ? (
          <Col xs={24} md={8}>
            <Form.Item
              label={t("projects.document.number")}
              name={name("number")}
              rules={[...required, { max: NUMBER_MAX }]}
            >
              <Input
                maxLength={NUMBER_MAX}
                autoComplete="off"
                placeholder={t("projects.step.numberPlaceholder")}
              />
            </Form.Item>
          </Col>
        ) : null}
        {needs("date") ? (
          <Col xs={24} md={8}>
            <Form.Item label={t("projects.document.date")} name={name("date")} rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        ) : null}
        {needs("signer") ? (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                label={t("projects.document.signer")}
                name={name("signer")}
                rules={[...required, { max: SIGNER_MAX }]}
              >
                <Input maxLength={SIGNER_MAX} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t("projects.document.signerAuthority")}
                name={name("signerAuthority")}
                extra={t("projects.step.authorityHint")}
              >
                <Select allowClear options={authorities} popupMatchSelectWidth={false} />
              </Form.Item>
            </Col>
          </>
        ) : null}
        <Col xs={24} md={needs("signer") ? 12 : 24}>
          <Form.Item
            label={t("projects.step.attachment")}
            name={name("documentId")}
            extra={attachments.length === 0 ? t("projects.step.noAttachments") : undefined}
          >
            <Select
              allowClear
              disabled={attachments.length === 0}
              placeholder={t("projects.step.attachmentPlaceholder")}
              popupMatchSelectWidth={false}
              options={attachments.map((document) => ({
                value: document.id,
                label: `${label("documentKinds", document.kind.code, document.kind.label)} — ${document.file?.name ?? ""}`,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}
