import { Alert, App, Button, Card, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { PageHeader } from "../../components/page-header";
import { useChangePassword } from "./api";
import { useCurrentUser } from "./current-user";
import { NewPasswordFields, type NewPasswordValues } from "./new-password-fields";

type Values = NewPasswordValues & { currentPassword: string };

/**
 * Change one's password with the current one. Also the page every signed-in path leads to while the password is
 * one an administrator set (AppLayout), until it is changed.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const change = useChangePassword();

  const submit = (values: Values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: ({ endedSessions }) => {
          void message.success(
            endedSessions > 0
              ? t("account.changedEndedSessions", { count: endedSessions })
              : t("account.changed"),
          );
          void navigate(me.mustChangePassword ? "/app" : "/app/tai-khoan/bao-mat", { replace: true });
        },
      },
    );

  return (
    <>
      <PageHeader title={t("account.changeTitle")} description={t("account.changeDescription")} />
      <Card variant="outlined" style={{ maxWidth: 560 }}>
        {me.mustChangePassword ? (
          <Alert type="warning" showIcon title={t("account.mustChange")} style={{ marginBottom: 16 }} />
        ) : null}
        {change.error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={change.error} />
          </div>
        ) : null}
        <Form<Values> name="change-password" layout="vertical" requiredMark={false} onFinish={submit}>
          {/* The account name lets a password manager file the new password under the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={me.email} readOnly />
          <Form.Item
            label={t("account.currentPassword")}
            name="currentPassword"
            rules={[{ required: true, message: t("account.currentPasswordRequired") }]}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <NewPasswordFields email={me.email} />
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t("account.changeSubmit")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
