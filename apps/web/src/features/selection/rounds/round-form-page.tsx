import { type SelectionLevel, todayInVietnam, yearParityWarning } from "@kc/domain";
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { BackToList } from "../../../components/back-to-list";
import { ErrorAlert } from "../../../components/error-alert";
import { half, third } from "../../../components/form-columns";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { FormSection } from "../../../components/section";
import { DATE_FORMAT, toIsoDate } from "../../../lib/format";
import { useProvinceOptions } from "../../admin-units/api";
import { useCurrentUser } from "../../auth/current-user";
import { type RoundDetail, useCreateRound, useRound, useUpdateRound } from "./api";
import { levelOptions, regionOptions } from "./labels";
import { SELECTION_ROUNDS_PATH, selectionRoundPath } from "./paths";
import { showServerFieldErrors } from "./server-field-errors";

type Values = {
  code: string;
  title: string;
  level: SelectionLevel;
  regionCode?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
  provinceId?: string;
  year: number;
  organiserName: string;
  fundingProjectId?: string;
  decisionNumber?: string;
  decisionOn?: Dayjs;
  decisionSigner?: string;
};

const planDecisionOf = (v: Values) =>
  v.decisionNumber && v.decisionOn && v.decisionSigner
    ? { number: v.decisionNumber, issuedOn: toIsoDate(v.decisionOn) ?? "", signer: v.decisionSigner }
    : null;

/** The form of a round: level and place when it is planned; title, organiser, funding and plan decision after. */
function RoundForm({ round }: { round?: RoundDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreateRound();
  const update = useUpdateRound(round?.id ?? "");
  const provinces = useProvinceOptions(todayInVietnam());
  const ownProvince = me.scope.kind === "PROVINCE" ? me.scope.provinceId : undefined;
  // The organising body decides the levels it may plan: a province its own rounds, the centre the others.
  const levels = levelOptions.filter((o) =>
    ownProvince ? o.value === "TINH" : o.value === "KHU_VUC" || o.value === "QUOC_GIA",
  );
  const level = Form.useWatch("level", form);
  const year = Form.useWatch("year", form);
  const warning = level && year ? yearParityWarning(level, year) : null;
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const required = [{ required: true, message: t("selectionRounds.form.required") }];

  const save = (v: Values) => {
    const common = {
      title: v.title,
      organiserOrgId: null,
      organiserName: v.organiserName,
      fundingProjectId: v.fundingProjectId?.trim() || null,
      planDecision: planDecisionOf(v),
    };
    const done = (saved: RoundDetail) => void navigate(selectionRoundPath(saved.id));
    const failed = (e: unknown) => showServerFieldErrors(form, e);
    if (round) update.mutate({ ...common, version: round.version }, { onSuccess: done, onError: failed });
    else
      create.mutate(
        {
          ...common,
          code: v.code,
          level: v.level,
          year: v.year,
          regionCode: v.level === "KHU_VUC" ? (v.regionCode ?? null) : null,
          provinceId: v.level === "TINH" ? (v.provinceId ?? null) : null,
          districtUnitId: null,
        },
        { onSuccess: done, onError: failed },
      );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={
        round
          ? {
              code: round.code,
              title: round.title,
              level: round.level,
              year: round.year,
              organiserName: round.organiserName,
              fundingProjectId: round.fundingProjectId ?? undefined,
              decisionNumber: round.planDecision?.number ?? undefined,
              decisionOn: round.planDecision?.issuedOn ? dayjs(round.planDecision.issuedOn) : undefined,
              decisionSigner: round.planDecision?.signer ?? undefined,
            }
          : { level: levels[0]?.value, provinceId: ownProvince, year: new Date().getFullYear() }
      }
    >
      {error ? <ErrorAlert error={error} /> : null}
      <FormSection title={t("selectionRounds.form.general")}>
        <Row gutter={16}>
          <Col {...third}>
            <Form.Item label={t("selectionRounds.form.code")} name="code" rules={required}>
              <Input maxLength={40} disabled={Boolean(round)} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t("selectionRounds.form.title")} name="title" rules={required}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label={t("selectionRounds.form.level")} name="level" rules={required}>
              <Select options={round ? levelOptions : levels} disabled={Boolean(round)} />
            </Form.Item>
          </Col>
          {level === "KHU_VUC" ? (
            <Col {...third}>
              <Form.Item label={t("selectionRounds.form.region")} name="regionCode" rules={required}>
                <Select options={regionOptions} disabled={Boolean(round)} />
              </Form.Item>
            </Col>
          ) : null}
          {level === "TINH" ? (
            <Col {...third}>
              <Form.Item label={t("selectionRounds.form.province")} name="provinceId" rules={required}>
                <Select
                  options={provinces.options}
                  disabled={Boolean(round) || Boolean(ownProvince)}
                  showSearch
                  optionFilterProp="label"
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col {...third}>
            <Form.Item label={t("selectionRounds.form.year")} name="year" rules={required}>
              <InputNumber min={2012} max={2100} disabled={Boolean(round)} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        {warning ? (
          <Alert type="warning" showIcon message={t("selectionRounds.form.parity", { warning })} />
        ) : null}
        <Row gutter={16} style={{ marginTop: 12 }}>
          <Col {...half}>
            <Form.Item label={t("selectionRounds.form.organiser")} name="organiserName" rules={required}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("selectionRounds.form.fundingProject")} name="fundingProjectId">
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>
      <FormSection title={t("selectionRounds.form.planDecision")}>
        <Row gutter={16}>
          <Col {...third}>
            <Form.Item label={t("selectionRounds.form.number")} name="decisionNumber">
              <Input maxLength={80} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label={t("selectionRounds.form.issuedOn")} name="decisionOn">
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label={t("selectionRounds.form.signer")} name="decisionSigner">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </FormSection>
      <Flex gap={8} justify="flex-end" className="kc-sticky-actions">
        <Button onClick={() => void navigate(round ? selectionRoundPath(round.id) : SELECTION_ROUNDS_PATH)}>
          {t("selectionRounds.form.cancel")}
        </Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t("selectionRounds.form.save")}
        </Button>
      </Flex>
    </Form>
  );
}

/** `/app/binh-chon-san-pham/moi`. */
export function NewRoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackToList listPath={SELECTION_ROUNDS_PATH} label={t("selectionRounds.page.back")} />
      <PageHeader title={t("selectionRounds.form.newTitle")} />
      <Card variant="outlined">
        <RoundForm />
      </Card>
    </>
  );
}

/** `/app/binh-chon-san-pham/:id/sua`. */
export function EditRoundPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const round = useRound(id);
  return (
    <>
      <BackToList listPath={selectionRoundPath(id)} label={t("selectionRounds.page.back")} />
      <PageHeader title={t("selectionRounds.form.editTitle")} />
      <Card variant="outlined">
        {round.isPending ? (
          <LoadingSkeleton />
        ) : round.isError ? (
          <ErrorState error={round.error} onRetry={() => void round.refetch()} />
        ) : (
          <RoundForm round={round.data} />
        )}
      </Card>
    </>
  );
}
