import { Alert, Button, Form, Result, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { accountPaths, useResetPassword } from "./api";
import { AuthFrame } from "./auth-frame";
import { NewPasswordFields, type NewPasswordValues } from "./new-password-fields";

/** The token travels in the link's fragment (`#token=…`), which browsers never send to a server. */
function tokenFromFragment(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token");
  return token && token.length >= 20 ? token : null;
}

/** Sets a new password from the e-mailed link; then the user signs in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token, setToken] = useState(tokenFromFragment);
  // A link opened while this page is already shown changes only the fragment, without loading the page again.
  useEffect(() => {
    const onHashChange = () => setToken(tokenFromFragment());
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);
  const reset = useResetPassword();

  if (reset.isSuccess) {
    return (
      <AuthFrame title={t("account.resetTitle")}>
        <Result
          status="success"
          title={t("account.resetDone")}
          extra={
            <Link to="/dang-nhap" replace>
              {t("account.goToSignIn")}
            </Link>
          }
        />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t("account.resetTitle")}>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        {t("account.resetTitle")}
      </Typography.Title>
      {token ? (
        <>
          <Typography.Paragraph type="secondary">{t("account.resetDescription")}</Typography.Paragraph>
          {reset.error ? (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={reset.error} />
            </div>
          ) : null}
          <Form<NewPasswordValues>
            name="reset-password"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => reset.mutate({ token, newPassword: values.newPassword })}
          >
            <NewPasswordFields />
            <Button type="primary" htmlType="submit" size="large" block loading={reset.isPending}>
              {t("account.resetSubmit")}
            </Button>
          </Form>
        </>
      ) : (
        <Alert type="warning" showIcon title={t("account.resetNoToken")} />
      )}
      <div style={{ marginTop: 16, textAlign: "center" }}>
        <Link to={accountPaths.forgotPassword}>{t("account.requestNewLink")}</Link>
      </div>
    </AuthFrame>
  );
}
