import { PASSWORD_MAX_LENGTH, passwordProblem } from "@kc/domain";
import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";

/** What the new-password forms hold; `confirmPassword` never leaves the browser. */
export type NewPasswordValues = { newPassword: string; confirmPassword: string };

/**
 * New password twice, checked here by the same rules as on the server (`passwordProblem`: length, common
 * passwords, the account's own e-mail), so the user hears why before sending.
 */
export function NewPasswordFields({ email }: { email?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t("account.newPassword")}
        name="newPassword"
        extra={t("account.newPasswordHint")}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const problem = passwordProblem(value ?? "", email ? { email } : {});
              if (problem) throw new Error(problem.message);
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
      <Form.Item
        label={t("account.confirmPassword")}
        name="confirmPassword"
        dependencies={["newPassword"]}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value !== getFieldValue("newPassword")) throw new Error(t("account.confirmMismatch"));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
    </>
  );
}
