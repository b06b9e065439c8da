import { showroomKindCodes, showroomKindLabels, todayInVietnam, tradePromotionLimits } from "@kc/domain";
import { App, Button, Col, DatePicker, Flex, Form, Input, Radio, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useBackToList } from "../../../components/back-to-list";
import { half } from "../../../components/form-columns";
import { FormRefusals } from "../../../components/form-refusals";
import { MoneyInput } from "../../../components/money-input";
import { FormSection } from "../../../components/section";
import { DATE_FORMAT, toIsoDate } from "../../../lib/format";
import { foldedSelectSearch } from "../../../lib/text";
import { useProvinceOptions } from "../../admin-units/api";
import { CommuneSelect } from "../../admin-units/commune-select";
import { useCurrentUser } from "../../auth/current-user";
import { OrganisationSelect } from "../../organisations/organisation-select";
import { EstablishmentSelect } from "../../projects/form/establishment-select";
import { type Showroom, useSaveShowroom } from "./api";
import { placeFieldErrors } from "./form-errors";
import { SHOWROOMS_PATH, showroomPath } from "./paths";
import { ProjectSelect } from "./project-select";

type Values = {
  name: string;
  kind: "AT_CENTRE" | "AT_ESTABLISHMENT";
  provinceId?: string;
  centreOrgId?: string;
  establishmentId?: string;
  communeId?: string;
  addressText?: string;
  productsShown?: string;
  openedOn?: Dayjs;
  closedOn?: Dayjs | null;
  fundingProjectId?: string;
  supportAmount?: string;
};
const fields = [
  "name",
  "kind",
  "provinceId",
  "centreOrgId",
  "establishmentId",
  "communeId",
  "addressText",
  "productsShown",
  "openedOn",
  "closedOn",
  "fundingProjectId",
  "supportAmount",
] as const;

function valuesOf(s: Showroom | undefined, ownProvince: string | undefined): Values {
  if (!s) return { name: "", kind: "AT_CENTRE", provinceId: ownProvince, supportAmount: "0" };
  return {
    name: s.name,
    kind: s.kind as Values["kind"],
    provinceId: s.province.id,
    centreOrgId: s.centre?.id,
    establishmentId: s.establishment?.id,
    communeId: s.commune?.id,
    addressText: s.addressText,
    productsShown: s.productsShown,
    openedOn: dayjs(s.openedOn),
    closedOn: s.closedOn ? dayjs(s.closedOn) : null,
    fundingProjectId: s.fundingProject?.id,
    supportAmount: s.supportAmount,
  };
}

/** The showroom form: place (centre or establishment, province, commune), products, dates, funding. */
export function ShowroomForm({ showroom, reload }: { showroom?: Showroom; reload?: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const backToList = useBackToList(SHOWROOMS_PATH);
  const me = useCurrentUser();
  const ownProvince = me.scope.kind === "PROVINCE" ? (me.scope.provinceId ?? undefined) : undefined;
  const provinces = useProvinceOptions(todayInVietnam());
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form) ?? valuesOf(showroom, ownProvince).kind;
  const provinceId = Form.useWatch("provinceId", form) ?? ownProvince;
  const save = useSaveShowroom();
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = (v: Values) => {
    setConflict(false);
    setError(null);
    const body = {
      name: v.name,
      kind: v.kind,
      centreOrgId: v.kind === "AT_CENTRE" ? (v.centreOrgId ?? null) : null,
      establishmentId: v.kind === "AT_ESTABLISHMENT" ? (v.establishmentId ?? null) : null,
      provinceId: v.provinceId ?? "",
      communeId: v.communeId ?? null,
      addressText: v.addressText ?? "",
      productsShown: v.productsShown ?? "",
      openedOn: toIsoDate(v.openedOn) ?? "",
      closedOn: toIsoDate(v.closedOn) ?? null,
      fundingProjectId: v.fundingProjectId ?? null,
      supportAmount: v.supportAmount ?? "0",
      ...(showroom ? { version: showroom.version } : {}),
    };
    save.mutate(
      { id: showroom?.id, body },
      {
        onSuccess: (saved) => {
          void message.success(
            showroom ? t("showrooms.saved") : t("showrooms.created", { name: saved.name }),
          );
          void navigate(showroomPath(saved.id), { replace: !showroom, state: location.state });
        },
        onError: (failure) => {
          const placed = placeFieldErrors(form, failure, fields);
          setConflict(placed.conflict);
          setError(placed.unplaced);
        },
      },
    );
  };

  const required = (label: string) => [
    { required: true, whitespace: true, message: t("showrooms.required", { field: label }) },
  ];
  return (
    <Form<Values>
      form={form}
      name="showroom-form"
      layout="vertical"
      requiredMark
      scrollToFirstError={{ block: "center" }}
      initialValues={valuesOf(showroom, ownProvince)}
      onFinish={submit}
    >
      <Flex vertical gap={16}>
        <FormRefusals
          conflict={conflict}
          conflictHint={t("showrooms.versionConflictHint")}
          reloading={false}
          onReload={() => void reload?.()}
          error={error}
        />
        <FormSection title={t("showrooms.sectionPlace")}>
          <Form.Item name="name" label={t("showrooms.name")} rules={required(t("showrooms.name"))}>
            <Input maxLength={tradePromotionLimits.nameMax} />
          </Form.Item>
          <Form.Item name="kind" label={t("showrooms.kind")}>
            <Radio.Group
              options={showroomKindCodes.map((code) => ({ value: code, label: showroomKindLabels[code] }))}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="provinceId"
                label={t("showrooms.province")}
                rules={required(t("showrooms.province"))}
              >
                <Select
                  options={provinces.options}
                  disabled={Boolean(ownProvince)}
                  showSearch={foldedSelectSearch}
                  onChange={() =>
                    form.setFieldsValue({
                      communeId: undefined,
                      centreOrgId: undefined,
                      establishmentId: undefined,
                    })
                  }
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              {kind === "AT_CENTRE" ? (
                <Form.Item
                  name="centreOrgId"
                  label={t("showrooms.centre")}
                  rules={required(t("showrooms.centre"))}
                >
                  <OrganisationSelect
                    provinceId={provinceId}
                    initialOption={
                      showroom?.centre ? { value: showroom.centre.id, label: showroom.centre.name } : null
                    }
                  />
                </Form.Item>
              ) : (
                <Form.Item
                  name="establishmentId"
                  label={t("showrooms.establishment")}
                  rules={required(t("showrooms.establishment"))}
                >
                  <EstablishmentSelect
                    provinceId={provinceId ?? null}
                    initialOption={
                      showroom?.establishment
                        ? { value: showroom.establishment.id, label: showroom.establishment.name }
                        : null
                    }
                  />
                </Form.Item>
              )}
            </Col>
            <Col {...half}>
              <Form.Item name="communeId" label={t("showrooms.commune")}>
                <CommuneSelect
                  provinceId={provinceId}
                  allowClear
                  initialOption={
                    showroom?.commune ? { value: showroom.commune.id, label: showroom.commune.name } : null
                  }
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="addressText" label={t("showrooms.address")}>
                <Input maxLength={tradePromotionLimits.nameMax} />
              </Form.Item>
            </Col>
          </Row>
        </FormSection>
        <FormSection title={t("showrooms.sectionContent")}>
          <Form.Item name="productsShown" label={t("showrooms.productsShown")}>
            <Input.TextArea rows={3} maxLength={tradePromotionLimits.textMax} />
          </Form.Item>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="openedOn"
                label={t("showrooms.openedOn")}
                rules={required(t("showrooms.openedOn"))}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="closedOn" label={t("showrooms.closedOn")}>
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="fundingProjectId" label={t("showrooms.fundingProject")}>
                <ProjectSelect
                  initialOption={
                    showroom?.fundingProject
                      ? {
                          value: showroom.fundingProject.id,
                          label: `${showroom.fundingProject.code} — ${showroom.fundingProject.title}`,
                        }
                      : null
                  }
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="supportAmount" label={t("showrooms.supportAmountLabel")}>
                <MoneyInput />
              </Form.Item>
            </Col>
          </Row>
        </FormSection>
        <Flex gap={8} justify="flex-end" wrap className="kc-sticky-actions">
          <Button onClick={() => void navigate(showroom ? showroomPath(showroom.id) : backToList)}>
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
