import { App, Form, Input, Modal } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { useResetPassword } from "./api";

type ResetPasswordModalProps = { user: User | null; onClose: () => void };

/** An administrator sets a new password for a user (who keeps their second factor). */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();

  // Reset only when the modal opens or shows another user.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another user is chosen.
  useEffect(() => {
    if (!user) return;
    form.resetFields();
    reset.reset();
  }, [user]);

  return (
    <Modal
      open={user !== null}
      title={user ? t("users.resetTitle", { email: user.email }) : ""}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={reset.isPending}
      forceRender
    >
      {reset.error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={reset.error} />
        </div>
      ) : null}
      <Form<{ password: string }>
        form={form}
        name="reset-password"
        layout="vertical"
        onFinish={(values) => {
          if (!user) return;
          reset.mutate(
            { id: user.id, password: values.password },
            {
              onSuccess: () => {
                void message.success(t("users.resetDone"));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item
          label={t("users.newPassword")}
          name="password"
          extra={t("users.passwordHint")}
          rules={[
            { required: true, message: t("users.passwordRequired") },
            { min: 8, message: t("users.passwordTooShort") },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
