import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { MoneyInput } from "../../../components/money-input";
import { formatShareBps } from "../../../lib/format";
import { formatMoney } from "../../../lib/money";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { EstablishmentSelect } from "../../projects/form/establishment-select";
import {
  type Participant,
  type ParticipationInput,
  useParticipationCheck,
  useSaveParticipation,
} from "./api";
import { PayingProjectSelect } from "./paying-project-select";

type Values = {
  establishmentId?: string;
  boothKind: "WHOLE" | "SHARED";
  wholeBooths?: number | null;
  sharedBoothKey?: string;
  sharedSharePct?: number | null;
  boothRent?: string;
  otherListedCosts?: string;
  approvedPrice?: string;
  supportSharePct?: number | null;
  supportAmount?: string;
  payingProjectId?: string | null;
  productsShown?: string;
};

const pctToBps = (pct: number | null | undefined) =>
  pct === null || pct === undefined ? null : Math.round(pct * 100);

/** What the API takes, or null while the form lacks what the rules need (no establishment or rent yet). */
function inputOf(values: Partial<Values>, abroad: boolean): ParticipationInput | null {
  if (!values.establishmentId || !values.boothRent) return null;
  const shared = values.boothKind === "SHARED";
  return {
    establishmentId: values.establishmentId,
    wholeBooths: shared ? 0 : (values.wholeBooths ?? 0),
    sharedBoothKey: shared ? values.sharedBoothKey?.trim() || null : null,
    sharedBoothShareBps: shared ? pctToBps(values.sharedSharePct) : null,
    boothRent: values.boothRent,
    otherListedCosts: abroad ? (values.otherListedCosts ?? "0") : "0",
    approvedPrice: abroad ? (values.approvedPrice ?? null) : null,
    supportShareBps: pctToBps(values.supportSharePct) ?? 0,
    supportAmount: values.supportAmount ?? "0",
    payingProjectId: values.payingProjectId ?? null,
    productsShown: values.productsShown ?? "",
  };
}

function initialValues(p: Participant | null): Values {
  if (!p) return { boothKind: "WHOLE", wholeBooths: 1, supportSharePct: null };
  return {
    establishmentId: p.establishmentId,
    boothKind: p.sharedBoothKey ? "SHARED" : "WHOLE",
    wholeBooths: p.wholeBooths,
    sharedBoothKey: p.sharedBoothKey ?? undefined,
    sharedSharePct: p.sharedBoothShareBps === null ? null : p.sharedBoothShareBps / 100,
    boothRent: p.boothRent,
    otherListedCosts: p.otherListedCosts,
    approvedPrice: p.approvedPrice ?? undefined,
    supportSharePct: p.supportShareBps / 100,
    supportAmount: p.supportAmount,
    payingProjectId: p.payingProjectId,
    productsShown: p.productsShown,
  };
}

/**
 * Adds or edits one participation. As the officer types, the server says which norm applies at the fair's
 * opening date, its share and cap, and whether E10 warns (second overseas fair of the year) or refuses (above two,
 * naming the others) — before anything is saved. The save runs the same rules again.
 */
export function ParticipationFormModal({
  fairId,
  abroad,
  participation,
  onClose,
}: {
  fairId: string;
  abroad: boolean;
  participation: Participant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const input = useDebouncedValue(values ? inputOf(values, abroad) : null, 400);
  const check = useParticipationCheck(fairId, participation?.id ?? null, input);
  const save = useSaveParticipation(fairId);
  const cap = check.data?.cap;
  const boothKind = values?.boothKind ?? "WHOLE";

  const submit = (submitted: Values) => {
    const body = inputOf(submitted, abroad);
    if (!body) return;
    save.mutate(
      { id: participation?.id ?? null, version: participation?.version ?? null, input: body },
      {
        onSuccess: (answer) => {
          void message.success(t("fairParticipants.form.saved"));
          for (const warning of answer.warnings) void message.warning(warning.messageVi, 8);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      width={720}
      title={participation ? t("fairParticipants.form.editTitle") : t("fairParticipants.form.createTitle")}
      onCancel={onClose}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(participation)}
        onFinish={submit}
      >
        <Form.Item
          name="establishmentId"
          label={t("fairParticipants.form.establishment")}
          rules={[{ required: true }]}
        >
          <EstablishmentSelect
            initialOption={
              participation
                ? { value: participation.establishmentId, label: participation.establishmentName }
                : null
            }
          />
        </Form.Item>
        <Form.Item name="boothKind" label={t("fairParticipants.form.boothKind")}>
          <Radio.Group>
            <Radio value="WHOLE">{t("fairParticipants.form.wholeKind")}</Radio>
            <Radio value="SHARED">{t("fairParticipants.form.sharedKind")}</Radio>
          </Radio.Group>
        </Form.Item>
        {boothKind === "WHOLE" ? (
          <Form.Item
            name="wholeBooths"
            label={t("fairParticipants.form.wholeBooths")}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        ) : (
          <Space wrap>
            <Form.Item
              name="sharedBoothKey"
              label={t("fairParticipants.form.sharedKey")}
              rules={[{ required: true }]}
            >
              <Input maxLength={40} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="sharedSharePct"
              label={t("fairParticipants.form.sharedShare")}
              rules={[{ required: true }]}
            >
              <InputNumber min={0.01} max={100} precision={2} decimalSeparator="," style={{ width: 160 }} />
            </Form.Item>
          </Space>
        )}
        <Space wrap align="start">
          <Form.Item name="boothRent" label={t("fairParticipants.form.rent")} rules={[{ required: true }]}>
            <MoneyInput style={{ width: 200 }} />
          </Form.Item>
          {abroad ? (
            <>
              <Form.Item name="otherListedCosts" label={t("fairParticipants.form.otherCosts")}>
                <MoneyInput style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="approvedPrice" label={t("fairParticipants.form.approvedPrice")}>
                <MoneyInput style={{ width: 200 }} />
              </Form.Item>
            </>
          ) : null}
        </Space>
        <Space wrap align="end">
          <Form.Item name="supportSharePct" label={t("fairParticipants.form.share")}>
            <InputNumber min={0} max={100} precision={2} decimalSeparator="," style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="supportAmount" label={t("fairParticipants.form.amount")}>
            <MoneyInput style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button
              disabled={!cap}
              onClick={() =>
                form.setFieldsValue({
                  supportSharePct: (cap?.maxShareBps ?? 0) / 100,
                  supportAmount: cap?.capDong ?? undefined,
                })
              }
            >
              {t("fairParticipants.form.useCap")}
            </Button>
          </Form.Item>
        </Space>
        <Form.Item name="payingProjectId" label={t("fairParticipants.form.payingProject")}>
          <PayingProjectSelect projectId={participation?.payingProjectId ?? null} />
        </Form.Item>
        <Form.Item name="productsShown" label={t("fairParticipants.form.products")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
      <Flex vertical gap={8} aria-live="polite">
        {check.data ? (
          <Alert
            type="info"
            showIcon
            message={t("fairParticipants.form.normTitle", {
              date: check.data.normDate.split("-").reverse().join("/"),
            })}
            description={
              cap ? (
                <Flex vertical gap={2}>
                  <Typography.Text>
                    {t("fairParticipants.form.normLine", {
                      code: cap.normLabel,
                      set: cap.normSetLabel,
                      share: formatShareBps(cap.maxShareBps),
                    })}
                  </Typography.Text>
                  <Typography.Text strong>
                    {cap.capDong === null
                      ? t("fairParticipants.form.noCap")
                      : t("fairParticipants.form.capLine", { cap: formatMoney(cap.capDong) })}
                  </Typography.Text>
                  <Typography.Text type="secondary">{cap.explanationVi}</Typography.Text>
                </Flex>
              ) : (
                t("fairParticipants.form.noNorm")
              )
            }
          />
        ) : check.isFetching ? (
          <Typography.Text type="secondary">{t("fairParticipants.form.checking")}</Typography.Text>
        ) : null}
        {check.data?.overseas.verdict === "WARN" ? (
          <Alert type="warning" showIcon message={check.data.overseas.messageVi} />
        ) : null}
        {check.data?.problems.map((problem) => (
          <Alert key={`${problem.code}-${problem.field}`} type="error" showIcon message={problem.messageVi} />
        ))}
        {save.isError ? <ErrorAlert error={save.error} /> : null}
      </Flex>
    </Modal>
  );
}
