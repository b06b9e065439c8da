import { App, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { ActionButton } from "../../components/action-button";
import { isApiError } from "../../lib/api";
import { type UserAction, useUserAction } from "./api";

type UserRowActionsProps = {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
};

/**
 * Edit, disable/enable, revoke sessions and reset password for one row, as the server offers them in
 * `user.actions`: a refused one (disabling oneself) is greyed with the server's reason. Each sends the row's
 * version.
 */
export function UserRowActions({ user, onEdit, onResetPassword }: UserRowActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const action = useUserAction();

  const run = (kind: UserAction, done: string) =>
    action.mutateAsync({ id: user.id, action: kind, version: user.version }).then(
      () => void message.success(done),
      (error: unknown) => {
        if (isApiError(error) && error.code === "VERSION_CONFLICT") {
          void message.error(t("errors.versionConflict"));
        } else {
          void message.error(isApiError(error) ? error.displayMessage : t("errors.unexpected"));
        }
      },
    );

  const pending = (kind: UserAction) => action.isPending && action.variables?.action === kind;
  const confirmWords = { okText: t("common.confirm"), cancelText: t("common.cancel") };

  return (
    <Space size={0} wrap>
      <ActionButton action={user.actions.edit} type="link" size="small" onClick={() => onEdit(user)}>
        {t("common.edit")}
      </ActionButton>
      <ActionButton
        action={user.actions.enable}
        type="link"
        size="small"
        loading={pending("enable")}
        confirm={{
          ...confirmWords,
          title: t("users.enableConfirm", { email: user.email }),
          onConfirm: () => run("enable", t("users.enabledDone")),
        }}
      >
        {t("users.enable")}
      </ActionButton>
      <ActionButton
        action={user.actions.disable}
        type="link"
        size="small"
        danger
        loading={pending("disable")}
        data-user-action="disable"
        confirm={{
          ...confirmWords,
          title: t("users.disableConfirm", { email: user.email }),
          okButtonProps: { danger: true },
          onConfirm: () => run("disable", t("users.disabledDone")),
        }}
      >
        {t("users.disable")}
      </ActionButton>
      <ActionButton
        action={user.actions.revokeSessions}
        type="link"
        size="small"
        loading={pending("revoke-sessions")}
        confirm={{
          ...confirmWords,
          title: t("users.revokeConfirm", { email: user.email }),
          onConfirm: () => run("revoke-sessions", t("users.revokedDone")),
        }}
      >
        {t("users.revokeSessions")}
      </ActionButton>
      <ActionButton
        action={user.actions.resetPassword}
        type="link"
        size="small"
        onClick={() => onResetPassword(user)}
      >
        {t("users.resetPassword")}
      </ActionButton>
    </Space>
  );
}
