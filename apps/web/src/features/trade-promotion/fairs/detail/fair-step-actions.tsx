import { EditOutlined } from "@ant-design/icons";
import { type FairTransitionCode, fairTransitionCodes, fairTransitions } from "@kc/domain";
import { App, Flex, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { FairDetail } from "../../../../api/types";
import { ActionButton } from "../../../../components/action-button";
import { ErrorAlert } from "../../../../components/error-alert";
import { isApiError } from "../../../../lib/api";
import { useFairStep } from "../api";
import { editFairPath } from "../paths";

/** Asks the reason a fair is cancelled; the server stores it as the cancel reason. */
function CancelModal({ fair, onClose }: { fair: FairDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useFairStep();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t("fairs.steps.cancelTitle", { name: fair.name })}
      okText={fairTransitions.CANCEL.labelVi}
      okButtonProps={{ danger: true }}
      cancelText={t("common.close")}
      confirmLoading={step.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="fair-cancel"
        onFinish={({ reason }) =>
          step.mutate(
            { id: fair.id, code: "CANCEL", version: fair.version, reason: reason.trim() },
            {
              onSuccess: () => {
                void message.success(t("fairs.steps.done", { step: fairTransitions.CANCEL.labelVi }));
                onClose();
              },
            },
          )
        }
      >
        {step.error ? <ErrorAlert error={step.error} /> : null}
        <Form.Item
          label={t("fairs.steps.reason")}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: t("fairs.steps.reasonRequired") },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The fair's actions as the server judged them: edit, and each state step from the current state, greyed with the
 * server's reasons when it would refuse (the report before the confirmed list is filed).
 */
export function FairStepActions({ fair }: { fair: FairDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const step = useFairStep();
  const [cancelling, setCancelling] = useState(false);
  const take = (code: FairTransitionCode) =>
    step.mutate(
      { id: fair.id, code, version: fair.version, reason: null },
      {
        onSuccess: () => void message.success(t("fairs.steps.done", { step: fairTransitions[code].labelVi })),
        onError: (error) =>
          void message.error(
            isApiError(error) && error.code === "VERSION_CONFLICT"
              ? t("errors.versionConflict")
              : error.message,
          ),
      },
    );
  const steps = fairTransitionCodes.filter((code) => fair.actions[code]);
  if (steps.length === 0 && !fair.actions.update) {
    return <span data-testid="fair-actions">{t("fairs.noActions")}</span>;
  }
  return (
    <Flex gap={8} wrap data-testid="fair-actions">
      {steps.map((code) =>
        code === "CANCEL" ? (
          <ActionButton key={code} action={fair.actions.CANCEL} danger onClick={() => setCancelling(true)}>
            {fairTransitions.CANCEL.labelVi}
          </ActionButton>
        ) : (
          <ActionButton
            key={code}
            action={fair.actions[code]}
            type="primary"
            loading={step.isPending && step.variables?.code === code}
            confirm={{
              title: t("fairs.steps.confirm", { step: fairTransitions[code].labelVi.toLowerCase() }),
              okText: fairTransitions[code].labelVi,
              cancelText: t("common.cancel"),
              onConfirm: () => take(code),
            }}
          >
            {fairTransitions[code].labelVi}
          </ActionButton>
        ),
      )}
      <ActionButton
        action={fair.actions.update}
        icon={<EditOutlined />}
        onClick={() => void navigate(editFairPath(fair.id))}
      >
        {t("common.edit")}
      </ActionButton>
      {cancelling ? <CancelModal fair={fair} onClose={() => setCancelling(false)} /> : null}
    </Flex>
  );
}
