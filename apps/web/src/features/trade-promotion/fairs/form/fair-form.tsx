import { fairKindCodes, fairKindLabels, fairLevelCodes, fairLevelLabels, todayInVietnam } from "@kc/domain";
import { App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { FairDetail } from "../../../../api/types";
import { third } from "../../../../components/form-columns";
import { FormRefusals } from "../../../../components/form-refusals";
import { MoneyInput } from "../../../../components/money-input";
import { FormSection } from "../../../../components/section";
import { isApiError } from "../../../../lib/api";
import { DATE_FORMAT, toIsoDate } from "../../../../lib/format";
import { foldedSelectSearch } from "../../../../lib/text";
import { useProvinceOptions } from "../../../admin-units/api";
import { useCurrentUser } from "../../../auth/current-user";
import { useCreateFair, useUpdateFair } from "../api";
import { FAIRS_PATH, fairPath } from "../paths";
import { CENTRAL, emptyFairValues, type FairFormValues, fairFieldOf, toFairBody } from "./form-values";
import { OrganisationNameFields } from "./organisation-name-fields";
import { FundingProjectSelect } from "./project-select";
import { VenueFields } from "./venue-fields";

type FairFormProps = {
  detail?: FairDetail;
  initialValues?: FairFormValues;
  reload?: () => Promise<unknown>;
};

const boothRules = (label: string) => [
  { type: "integer" as const, min: 0, max: 100_000, message: `${label}: số nguyên từ 0 đến 100.000` },
];

/**
 * The fair form (create and edit). The server is the authority: its field errors land on the fields (dates out of
 * order, a venue not in force on the opening day, a project out of scope), a version conflict offers to reload.
 */
export function FairForm({ detail, initialValues, reload }: FairFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<FairFormValues>();
  const create = useCreateFair();
  const update = useUpdateFair();
  const fixedProvinceId = me.scope.kind === "PROVINCE" ? (me.scope.provinceId ?? undefined) : undefined;
  const provinces = useProvinceOptions(todayInVietnam());
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const level = Form.useWatch("level", form);
  const dates = Form.useWatch("dates", form);
  const asOf = toIsoDate(dates?.[0]) ?? todayInVietnam();

  const onError = (error: Error) => {
    if (!isApiError(error)) return setGeneralError(error);
    if (error.code === "VERSION_CONFLICT") return setConflict(true);
    const fields = error.errors.flatMap((item) => {
      const name = fairFieldOf(item.path);
      return name ? [{ name, errors: [item.message] }] : [];
    });
    if (fields.length > 0) {
      form.setFields(fields);
      form.scrollToField(fields[0]?.name ?? "name", { block: "center" });
    }
    if (fields.length < error.errors.length || fields.length === 0) setGeneralError(error);
  };

  const submit = (values: FairFormValues) => {
    setGeneralError(null);
    setConflict(false);
    const body = toFairBody(values);
    const done = (saved: FairDetail) => {
      void message.success(detail ? t("fairs.form.saved") : t("fairs.form.created", { code: saved.code }));
      void navigate(fairPath(saved.id), { replace: !detail });
    };
    if (detail)
      update.mutate({ id: detail.id, ...body, version: detail.version }, { onSuccess: done, onError });
    else create.mutate(body, { onSuccess: done, onError });
  };

  return (
    <Form<FairFormValues>
      form={form}
      name="fair-form"
      layout="vertical"
      requiredMark
      scrollToFirstError={{ block: "center" }}
      initialValues={initialValues ?? emptyFairValues(fixedProvinceId)}
      onFinish={submit}
    >
      <Flex vertical gap={16}>
        <FormRefusals
          conflict={conflict}
          conflictHint={t("fairs.form.conflictHint")}
          reloading={reloading}
          onReload={() => {
            setReloading(true);
            void reload?.().finally(() => setReloading(false));
          }}
          error={generalError}
        />
        <FormSection title={t("fairs.sections.general")}>
          <Form.Item
            label={t("fairs.fields.name")}
            name="name"
            rules={[
              { required: true, whitespace: true, message: t("fairs.form.nameRequired") },
              { max: 300 },
            ]}
          >
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
          <Row gutter={12}>
            <Col {...third}>
              <Form.Item label={t("fairs.fields.level")} name="level" rules={[{ required: true }]}>
                <Select
                  options={fairLevelCodes.map((code) => ({ value: code, label: fairLevelLabels[code] }))}
                />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item label={t("fairs.fields.kind")} name="kind" rules={[{ required: true }]}>
                <Select
                  options={fairKindCodes.map((code) => ({ value: code, label: fairKindLabels[code] }))}
                />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item
                label={t("fairs.fields.province")}
                name="provinceId"
                extra={t("fairs.form.provinceHint")}
              >
                <Select
                  disabled={fixedProvinceId !== undefined}
                  showSearch={foldedSelectSearch}
                  options={[{ value: CENTRAL, label: t("fairs.central") }, ...provinces.options]}
                />
              </Form.Item>
            </Col>
          </Row>
          <OrganisationNameFields
            which="host"
            initialOption={detail?.hostOrgId ? { value: detail.hostOrgId, label: detail.hostName } : null}
          />
          <OrganisationNameFields
            which="organiser"
            initialOption={
              detail?.organiserOrgId ? { value: detail.organiserOrgId, label: detail.organiserName } : null
            }
          />
        </FormSection>
        <FormSection title={t("fairs.sections.venue")}>
          <Form.Item
            label={t("fairs.fields.dates")}
            name="dates"
            rules={[{ required: true, message: t("fairs.form.datesRequired") }]}
          >
            <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: "100%", maxWidth: 360 }} />
          </Form.Item>
          <VenueFields abroad={level === "ABROAD"} asOf={asOf} />
          <Form.Item label={t("fairs.fields.venueText")} name="venueText" rules={[{ max: 2000 }]}>
            <Input maxLength={2000} autoComplete="off" />
          </Form.Item>
        </FormSection>
        <FormSection title={t("fairs.sections.booths")}>
          <Row gutter={12}>
            <Col {...third}>
              <Form.Item
                label={t("fairs.fields.plannedBooths")}
                name="plannedBooths"
                rules={[{ required: true }, ...boothRules(t("fairs.fields.plannedBooths"))]}
              >
                <InputNumber min={0} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item
                label={t("fairs.fields.actualBooths")}
                name="actualBooths"
                rules={boothRules(t("fairs.fields.actualBooths"))}
              >
                <InputNumber min={0} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item label={t("fairs.fields.boothPrice")} name="boothPrice">
                <MoneyInput />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t("fairs.fields.fundingProject")} name="fundingProjectId">
            <FundingProjectSelect
              initialOption={
                detail?.fundingProject
                  ? {
                      value: detail.fundingProject.id,
                      label: `${detail.fundingProject.code} — ${detail.fundingProject.title}`,
                    }
                  : null
              }
            />
          </Form.Item>
        </FormSection>
        <Flex gap={8} justify="flex-end" wrap className="kc-sticky-actions">
          <Button onClick={() => void navigate(detail ? fairPath(detail.id) : FAIRS_PATH)}>
            {t("common.cancel")}
          </Button>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
            {t("common.save")}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
