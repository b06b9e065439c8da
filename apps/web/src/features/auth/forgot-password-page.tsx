import { MailOutlined } from "@ant-design/icons";
import { Button, Form, Input, Result, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { useRequestPasswordReset } from "./api";
import { AuthFrame } from "./auth-frame";

/** "Quên mật khẩu": asks for a reset link. The answer is the server's, the same whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();

  return (
    <AuthFrame title={t("account.forgotTitle")}>
      {request.data ? (
        <Result
          status="success"
          title={t("account.forgotSentTitle")}
          subTitle={request.data.message}
          extra={<Link to="/dang-nhap">{t("auth.backToSignIn")}</Link>}
        />
      ) : (
        <>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
            {t("account.forgotTitle")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("account.forgotDescription")}</Typography.Paragraph>
          {request.error ? (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={request.error} />
            </div>
          ) : null}
          <Form<{ email: string }>
            name="forgot-password"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => request.mutate({ email: values.email.trim() })}
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
            <Button type="primary" htmlType="submit" size="large" block loading={request.isPending}>
              {t("account.forgotSubmit")}
            </Button>
          </Form>
          <div style={{ marginTop: 16, textAlign: "center" }}>
            <Link to="/dang-nhap">{t("auth.backToSignIn")}</Link>
          </div>
        </>
      )}
    </AuthFrame>
  );
}
