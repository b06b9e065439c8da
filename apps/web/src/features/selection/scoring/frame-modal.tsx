import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { type CriterionGroup, criterionGroupCodes, criterionGroupLabels } from "@kc/domain";
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { formatNumber } from "../../../lib/format";
import { showServerFieldErrors } from "../rounds/server-field-errors";
import { type ScoringPage, useScoringAction } from "./api";

type FrameRow = { criterionGroup: CriterionGroup; label: string; maxPoints: number | null };
type Values = { criteria: FrameRow[] };

/** The frame Art. 16 sums to: the four groups C1–C4 together give 100 points; the server checks it again. */
const FRAME_TOTAL = 100;

/** A proposal to start from: one line per group, the labels of Circular 26 and no points (none hard-coded). */
const starter: FrameRow[] = criterionGroupCodes.map((code) => ({
  criterionGroup: code,
  label: criterionGroupLabels[code],
  maxPoints: null,
}));

/**
 * The jury head proposes the round's point frame (Art. 16.1): criteria in groups C1–C4, each with its maximum
 * points for this round, totalling 100. Saving replaces the whole proposal until the council chair approves it.
 */
export function FrameModal({
  roundId,
  page,
  onClose,
}: {
  roundId: string;
  page: ScoringPage;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { proposeFrame } = useScoringAction(roundId);
  const rows = Form.useWatch("criteria", form) ?? [];
  const total = rows.reduce((sum, row) => sum + (row?.maxPoints ?? 0), 0);
  const required = [{ required: true, message: t("scoring.frameForm.required") }];
  const initial: FrameRow[] =
    page.criteria.length > 0
      ? page.criteria.map((c) => ({
          criterionGroup: c.criterionGroup as CriterionGroup,
          label: c.label,
          maxPoints: Number(c.maxPoints),
        }))
      : starter;

  const submit = (v: Values) =>
    proposeFrame.mutate(
      {
        roundVersion: page.round.version,
        criteria: v.criteria.map((row) => ({
          criterionGroup: row.criterionGroup,
          label: row.label,
          maxPoints: String(row.maxPoints ?? 0),
        })),
      },
      {
        onSuccess: () => {
          void message.success(t("scoring.frameForm.saved"));
          onClose();
        },
        onError: (e) => showServerFieldErrors(form, e),
      },
    );

  return (
    <Modal
      open
      title={t("scoring.frameForm.title")}
      okText={t("scoring.frameForm.save")}
      onOk={() => form.submit()}
      confirmLoading={proposeFrame.isPending}
      onCancel={onClose}
      width={820}
      destroyOnHidden
    >
      {proposeFrame.error ? <ErrorAlert error={proposeFrame.error} /> : null}
      <Typography.Paragraph type="secondary">{t("scoring.frameForm.hint")}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ criteria: initial }}>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top" wrap>
                  <Col xs={24} md={6}>
                    <Form.Item
                      label={index === 0 ? t("scoring.group") : undefined}
                      name={[field.name, "criterionGroup"]}
                      rules={required}
                    >
                      <Select
                        aria-label={`${t("scoring.group")} ${index + 1}`}
                        options={criterionGroupCodes.map((code) => ({
                          value: code,
                          label: `${code}: ${criterionGroupLabels[code]}`,
                        }))}
                        popupMatchSelectWidth={false}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      label={index === 0 ? t("scoring.criterion") : undefined}
                      name={[field.name, "label"]}
                      rules={required}
                    >
                      <Input aria-label={`${t("scoring.criterion")} ${index + 1}`} maxLength={500} />
                    </Form.Item>
                  </Col>
                  <Col xs={18} md={4}>
                    <Form.Item
                      label={index === 0 ? t("scoring.maxPoints") : undefined}
                      name={[field.name, "maxPoints"]}
                      rules={required}
                    >
                      <InputNumber
                        aria-label={`${t("scoring.maxPoints")} ${index + 1}`}
                        min={0.5}
                        max={100}
                        step={0.5}
                        decimalSeparator=","
                        style={{ width: "100%" }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={2} style={{ paddingTop: index === 0 ? 30 : 0 }}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t("scoring.frameForm.remove", { n: index + 1 })}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ criterionGroup: "C4", label: "", maxPoints: null })}
              >
                {t("scoring.frameForm.add")}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Paragraph
        strong
        style={{ marginTop: 16 }}
        type={total === FRAME_TOTAL ? "success" : "warning"}
      >
        {t("scoring.frameForm.total", {
          total: formatNumber(total),
          expected: FRAME_TOTAL,
        })}
      </Typography.Paragraph>
    </Modal>
  );
}
