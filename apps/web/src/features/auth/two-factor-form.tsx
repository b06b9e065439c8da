import { Button, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

type TwoFactorFormProps = {
  pending: boolean;
  onSubmit: (code: string) => void;
  onBack: () => void;
};

/** Second sign-in step: the 6-digit TOTP code, or one of the backup codes. */
export function TwoFactorForm({ pending, onSubmit, onBack }: TwoFactorFormProps) {
  const { t } = useTranslation();
  const [useBackup, setUseBackup] = useState(false);
  const [form] = Form.useForm<{ code: string }>();

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        {t("auth.twoFactorTitle")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {useBackup ? t("auth.backupHint") : t("auth.twoFactorHint")}
      </Typography.Paragraph>
      <Form
        form={form}
        name="two-factor"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => onSubmit(values.code.replace(/\s+/g, ""))}
      >
        <Form.Item
          key={useBackup ? "backup" : "totp"}
          label={useBackup ? t("auth.backupCode") : t("auth.code")}
          name="code"
          rules={[
            { required: true, whitespace: true, message: t("auth.codeRequired") },
            ...(useBackup ? [] : [{ pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: t("auth.codeInvalid") }]),
          ]}
        >
          <Input
            autoFocus
            autoComplete="one-time-code"
            inputMode={useBackup ? "text" : "numeric"}
            maxLength={useBackup ? 32 : 7}
            size="large"
            style={{ letterSpacing: useBackup ? undefined : "0.3em" }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={pending}>
          {t("auth.verify")}
        </Button>
      </Form>
      <div style={{ display: "flex", justifyContent: "space-between", marginTop: 16 }}>
        <Button type="link" style={{ padding: 0 }} onClick={onBack}>
          {t("auth.backToSignIn")}
        </Button>
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => {
            form.resetFields();
            setUseBackup((value) => !value);
          }}
        >
          {useBackup ? t("auth.useAuthenticator") : t("auth.useBackupCode")}
        </Button>
      </div>
    </>
  );
}
