import { LockOutlined, MailOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { Me } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { accountPaths, meKeys, useSignIn, useVerifyTwoFactor } from "./api";
import { AuthFrame } from "./auth-frame";
import { TwoFactorForm } from "./two-factor-form";

type Credentials = { email: string; password: string };

/** Only in-app paths are accepted as the place to return to (no open redirect). */
function safeNext(value: string | null): string {
  return value?.startsWith("/app") && !value.startsWith("//") ? value : "/app";
}

export function SignInPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get("next"));
  const expired = searchParams.get("reason") === "expired";
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signIn = useSignIn();
  const verify = useVerifyTwoFactor();
  const [step, setStep] = useState<"credentials" | "twoFactor">("credentials");

  const finish = (user: Me) => {
    queryClient.clear();
    queryClient.setQueryData(meKeys.all, user);
    // A password set by an administrator is changed first (the server refuses everything else until then).
    void navigate(user.mustChangePassword ? accountPaths.changePassword : next, { replace: true });
  };

  const submitCredentials = (values: Credentials) => {
    verify.reset();
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (result) => {
          if (result.twoFactorRequired) setStep("twoFactor");
          else finish(result.user);
        },
      },
    );
  };

  const error = step === "credentials" ? signIn.error : verify.error;

  return (
    <AuthFrame title={t("auth.title")}>
      {expired && step === "credentials" && !error ? (
        <Alert type="info" showIcon title={t("auth.sessionExpired")} style={{ marginBottom: 16 }} />
      ) : null}
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {step === "credentials" ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
            {t("auth.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("auth.subtitle")}</Typography.Paragraph>
          <Form<Credentials>
            name="sign-in"
            layout="vertical"
            requiredMark={false}
            onFinish={submitCredentials}
          >
            <Form.Item
              label={t("auth.email")}
              name="email"
              rules={[
                { required: true, whitespace: true, message: t("auth.emailRequired") },
                { type: "email", message: t("auth.emailInvalid") },
              ]}
            >
              <Input
                size="large"
                type="email"
                autoComplete="username"
                autoFocus
                prefix={<MailOutlined aria-hidden />}
                placeholder={t("auth.emailPlaceholder")}
              />
            </Form.Item>
            <Form.Item
              label={t("auth.password")}
              name="password"
              rules={[{ required: true, message: t("auth.passwordRequired") }]}
            >
              <Input.Password
                size="large"
                autoComplete="current-password"
                prefix={<LockOutlined aria-hidden />}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
              {t("auth.submit")}
            </Button>
          </Form>
          <div style={{ marginTop: 16, textAlign: "center" }}>
            <Link to={accountPaths.forgotPassword}>{t("account.forgotLink")}</Link>
          </div>
        </>
      ) : (
        <TwoFactorForm
          pending={verify.isPending}
          onSubmit={(code) => verify.mutate({ code }, { onSuccess: (result) => finish(result.user) })}
          onBack={() => {
            verify.reset();
            signIn.reset();
            setStep("credentials");
          }}
        />
      )}
    </AuthFrame>
  );
}
