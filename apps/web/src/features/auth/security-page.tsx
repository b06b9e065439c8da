import { SafetyCertificateOutlined, WarningOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Form, Input, Result, Space, Steps, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TwoFactorSetup } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { PageHeader } from "../../components/page-header";
import { QrCode } from "../../components/qr-code";
import { accountPaths, useConfirmTwoFactor, useDisableTwoFactor, useEnableTwoFactor } from "./api";
import { useCurrentUser } from "./current-user";

/** The base32 secret inside an otpauth:// URI, grouped by four for typing by hand. */
function manualKey(totpUri: string): string | null {
  try {
    const secret = new URL(totpUri).searchParams.get("secret");
    return secret ? (secret.match(/.{1,4}/g) ?? []).join(" ") : null;
  } catch {
    return null;
  }
}

function PasswordForm(props: {
  submitLabel: string;
  pending: boolean;
  danger?: boolean;
  onSubmit: (password: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form<{ password: string }>
      layout="vertical"
      requiredMark={false}
      style={{ maxWidth: 360 }}
      onFinish={(values) => props.onSubmit(values.password)}
    >
      <Form.Item
        label={t("security.password")}
        name="password"
        rules={[{ required: true, message: t("security.passwordRequired") }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" danger={props.danger} htmlType="submit" loading={props.pending}>
        {props.submitLabel}
      </Button>
    </Form>
  );
}

function EnableFlow({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enable = useEnableTwoFactor();
  const confirm = useConfirmTwoFactor();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const key = setup ? manualKey(setup.totpUri) : null;

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Steps
        size="small"
        current={setup ? 1 : 0}
        items={[
          { title: t("security.password") },
          { title: t("security.stepScan") },
          { title: t("security.stepConfirm") },
        ]}
      />
      {enable.error ? <ErrorAlert error={enable.error} /> : null}
      {setup ? null : (
        <PasswordForm
          submitLabel={t("security.continue")}
          pending={enable.isPending}
          onSubmit={(password) => enable.mutate({ password }, { onSuccess: setSetup })}
        />
      )}
      {setup ? (
        <Flex gap={32} wrap>
          <div>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("security.stepScan")}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 320 }}>
              {t("security.stepScanHint")}
            </Typography.Paragraph>
            <QrCode value={setup.totpUri} label={t("security.qrAlt")} />
            {key ? (
              <Typography.Paragraph style={{ marginTop: 8 }}>
                {t("security.manualKey")}{" "}
                <Typography.Text code copyable={{ text: key.replace(/\s/g, "") }}>
                  {key}
                </Typography.Text>
              </Typography.Paragraph>
            ) : null}
          </div>
          <div style={{ maxWidth: 360 }}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("security.backupTitle")}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t("security.backupHint")}</Typography.Paragraph>
            <ul className="kc-backup-codes" aria-label={t("security.backupTitle")}>
              {setup.backupCodes.map((code) => (
                <li key={code}>
                  <Typography.Text code>{code}</Typography.Text>
                </li>
              ))}
            </ul>
            <Typography.Text copyable={{ text: setup.backupCodes.join("\n") }}>
              {t("security.copyBackup")}
            </Typography.Text>
          </div>
          <div style={{ minWidth: 280 }}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("security.stepConfirm")}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t("security.confirmHint")}</Typography.Paragraph>
            {confirm.error ? (
              <div style={{ marginBottom: 12 }}>
                <ErrorAlert error={confirm.error} />
              </div>
            ) : null}
            <Form<{ code: string }>
              layout="vertical"
              requiredMark={false}
              onFinish={(values) =>
                confirm.mutate(
                  { code: values.code.replace(/\s+/g, "") },
                  {
                    onSuccess: () => {
                      void message.success(t("security.enabled"));
                      onDone();
                    },
                  },
                )
              }
            >
              <Form.Item
                label={t("auth.code")}
                name="code"
                rules={[
                  { required: true, message: t("auth.codeRequired") },
                  { pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: t("auth.codeInvalid") },
                ]}
              >
                <Input autoComplete="one-time-code" inputMode="numeric" maxLength={7} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={confirm.isPending}>
                {t("security.confirm")}
              </Button>
            </Form>
          </div>
        </Flex>
      ) : null}
    </Space>
  );
}

export function SecurityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const disable = useDisableTwoFactor();
  const [mode, setMode] = useState<"idle" | "enable" | "disable">("idle");

  return (
    <>
      <PageHeader title={t("security.title")} description={t("security.description")} />
      <Card variant="outlined">
        <Result
          style={{ padding: "16px 0" }}
          icon={
            me.twoFactorEnabled ? (
              <SafetyCertificateOutlined style={{ color: "#237804" }} />
            ) : (
              <WarningOutlined style={{ color: "#d48806" }} />
            )
          }
          title={me.twoFactorEnabled ? t("security.statusOn") : t("security.statusOff")}
          subTitle={me.twoFactorEnabled ? t("security.statusOnHint") : t("security.statusOffHint")}
          extra={
            mode === "idle" ? (
              me.twoFactorEnabled ? (
                <Button danger onClick={() => setMode("disable")}>
                  {t("security.disable")}
                </Button>
              ) : (
                <Button type="primary" onClick={() => setMode("enable")}>
                  {t("security.enable")}
                </Button>
              )
            ) : (
              <Button onClick={() => setMode("idle")}>{t("common.cancel")}</Button>
            )
          }
        />
        {mode === "enable" && !me.twoFactorEnabled ? <EnableFlow onDone={() => setMode("idle")} /> : null}
        {mode === "disable" && me.twoFactorEnabled ? (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Typography.Paragraph>{t("security.disableHint")}</Typography.Paragraph>
            {disable.error ? <ErrorAlert error={disable.error} /> : null}
            <PasswordForm
              danger
              submitLabel={t("security.disable")}
              pending={disable.isPending}
              onSubmit={(password) =>
                disable.mutate(
                  { password },
                  {
                    onSuccess: () => {
                      void message.success(t("security.disabled"));
                      setMode("idle");
                    },
                  },
                )
              }
            />
          </Space>
        ) : null}
      </Card>
      <Card variant="outlined" title={t("account.passwordCard")} style={{ marginTop: 16 }}>
        <Flex justify="space-between" align="center" gap={16} wrap>
          <Typography.Text type="secondary">{t("account.passwordCardHint")}</Typography.Text>
          <Link to={accountPaths.changePassword}>{t("account.changeTitle")}</Link>
        </Flex>
      </Card>
    </>
  );
}
