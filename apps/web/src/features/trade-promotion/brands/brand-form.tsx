import { markKindCodes, markKindLabels, todayInVietnam, tradePromotionLimits } from "@kc/domain";
import { App, Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useBackToList } from "../../../components/back-to-list";
import { half, third } from "../../../components/form-columns";
import { FormRefusals } from "../../../components/form-refusals";
import { MoneyInput } from "../../../components/money-input";
import { FormSection } from "../../../components/section";
import { toIsoDate } from "../../../lib/format";
import { foldedSelectSearch } from "../../../lib/text";
import { useProvinceOptions } from "../../admin-units/api";
import { useCurrentUser } from "../../auth/current-user";
import { EstablishmentSelect } from "../../projects/form/establishment-select";
import { placeFieldErrors } from "../showrooms/form-errors";
import { ProjectSelect } from "../showrooms/project-select";
import { type BrandSupport, useSaveBrandSupport } from "./api";
import { BrandCapHint } from "./brand-cap-hint";
import {
  brandFormFields as fields,
  type BrandFormValues as Values,
  brandFormValuesOf as valuesOf,
} from "./brand-form-values";
import { BrandIpSection } from "./brand-ip-section";
import { MembersSelect } from "./members-select";
import { BRANDS_PATH, brandPath } from "./paths";

const text = (value: string | undefined) => (value?.trim() ? value : null);

/** The brand form: holder (one establishment or a collective with members), IP office data, cost and support. */
export function BrandForm({ brand, reload }: { brand?: BrandSupport; reload?: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const backToList = useBackToList(BRANDS_PATH);
  const me = useCurrentUser();
  const ownProvince = me.scope.kind === "PROVINCE" ? (me.scope.provinceId ?? undefined) : undefined;
  const provinces = useProvinceOptions(todayInVietnam());
  const [form] = Form.useForm<Values>();
  const initial = valuesOf(brand, ownProvince);
  const watched = Form.useWatch([], form) ?? initial;
  const holderKind = watched.holderKind ?? initial.holderKind;
  const provinceId = watched.provinceId ?? ownProvince;
  const save = useSaveBrandSupport();
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const required = (label: string) => [
    { required: true, message: t("showrooms.required", { field: label }) },
  ];

  const submit = (v: Values) => {
    setConflict(false);
    setError(null);
    const collective = v.holderKind === "COLLECTIVE";
    const body = {
      brandName: v.brandName,
      markKind: v.markKind,
      establishmentId: collective ? null : (v.establishmentId ?? null),
      collectiveName: collective ? text(v.collectiveName) : null,
      memberEstablishmentIds: collective ? (v.memberEstablishmentIds ?? []) : [],
      provinceId: v.provinceId ?? "",
      applicationNumber: text(v.applicationNumber),
      applicationDate: toIsoDate(v.applicationDate) ?? null,
      registrationNumber: text(v.registrationNumber),
      registrationDate: toIsoDate(v.registrationDate) ?? null,
      year: v.year ?? 0,
      cost: v.cost ?? "0",
      supportAmount: v.supportAmount ?? "0",
      projectId: v.projectId ?? null,
      status: v.status,
      ...(brand ? { version: brand.version } : {}),
    };
    save.mutate(
      { id: brand?.id, body },
      {
        onSuccess: (saved) => {
          void message.success(brand ? t("brands.saved") : t("brands.created", { name: saved.brandName }));
          void navigate(brandPath(saved.id), { replace: !brand, state: location.state });
        },
        onError: (failure) => {
          const placed = placeFieldErrors(form, failure, fields);
          setConflict(placed.conflict);
          setError(placed.unplaced);
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      name="brand-form"
      layout="vertical"
      requiredMark
      scrollToFirstError={{ block: "center" }}
      initialValues={initial}
      onFinish={submit}
    >
      <Flex vertical gap={16}>
        <FormRefusals
          conflict={conflict}
          conflictHint={t("brands.versionConflictHint")}
          reloading={false}
          onReload={() => void reload?.()}
          error={error}
        />
        <FormSection title={t("brands.sectionHolder")}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="brandName"
                label={t("brands.brandName")}
                rules={required(t("brands.brandName"))}
              >
                <Input maxLength={tradePromotionLimits.nameMax} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="markKind" label={t("brands.markKind")}>
                <Select
                  options={markKindCodes.map((code) => ({ value: code, label: markKindLabels[code] }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="provinceId"
                label={t("brands.province")}
                rules={required(t("brands.province"))}
              >
                <Select
                  options={provinces.options}
                  disabled={Boolean(ownProvince)}
                  showSearch={foldedSelectSearch}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="holderKind" label={t("brands.holderKind")}>
                <Radio.Group
                  options={[
                    { value: "ESTABLISHMENT", label: t("brands.holderEstablishment") },
                    { value: "COLLECTIVE", label: t("brands.holderCollective") },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          {holderKind === "ESTABLISHMENT" ? (
            <Form.Item
              name="establishmentId"
              label={t("brands.establishment")}
              rules={required(t("brands.establishment"))}
            >
              <EstablishmentSelect
                provinceId={provinceId ?? null}
                initialOption={brand?.holder ? { value: brand.holder.id, label: brand.holder.name } : null}
              />
            </Form.Item>
          ) : (
            <Row gutter={16}>
              <Col {...half}>
                <Form.Item
                  name="collectiveName"
                  label={t("brands.collectiveName")}
                  rules={required(t("brands.collectiveName"))}
                >
                  <Input maxLength={tradePromotionLimits.nameMax} />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="memberEstablishmentIds" label={t("brands.members")}>
                  <MembersSelect
                    provinceId={provinceId}
                    initialOptions={brand?.members.map((m) => ({ value: m.id, label: m.name }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          )}
        </FormSection>
        <BrandIpSection />
        <FormSection title={t("brands.sectionMoney")}>
          <Row gutter={16}>
            <Col {...third}>
              <Form.Item name="year" label={t("brands.year")} rules={required(t("brands.year"))}>
                <InputNumber min={2012} max={2100} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name="cost" label={t("brands.cost")} rules={required(t("brands.cost"))}>
                <MoneyInput />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item
                name="supportAmount"
                label={t("brands.supportAmountLabel")}
                rules={required(t("brands.supportAmountLabel"))}
              >
                <MoneyInput />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="projectId" label={t("brands.project")}>
            <ProjectSelect
              initialOption={
                brand?.project
                  ? { value: brand.project.id, label: `${brand.project.code} — ${brand.project.title}` }
                  : null
              }
            />
          </Form.Item>
          <BrandCapHint
            cost={watched.cost}
            supportAmount={watched.supportAmount}
            provinceId={provinceId}
            year={watched.year}
            applicationDate={toIsoDate(watched.applicationDate)}
            registrationDate={toIsoDate(watched.registrationDate)}
            projectId={watched.projectId}
            onUseCap={(cap) => form.setFieldsValue({ supportAmount: cap })}
          />
        </FormSection>
        <Flex gap={8} justify="flex-end" wrap className="kc-sticky-actions">
          <Button onClick={() => void navigate(brand ? brandPath(brand.id) : backToList)}>
            {t("common.cancel")}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
