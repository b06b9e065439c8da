import { App, Button, Popconfirm, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { isApiError } from "../../lib/api";
import { useCurrentUser } from "../auth/current-user";
import { type UserAction, useUserAction } from "./api";

type UserRowActionsProps = {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
};

/** Edit, disable/enable, revoke sessions and reset password for one row. Each sends the row's version. */
export function UserRowActions({ user, onEdit, onResetPassword }: UserRowActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const action = useUserAction();

  const run = (kind: UserAction, done: string) =>
    action.mutateAsync({ id: user.id, action: kind, version: user.version }).then(
      () => void message.success(done),
      (error: unknown) => {
        if (isApiError(error) && error.status === 409 && error.code !== "USER_CANNOT_DISABLE_SELF") {
          void message.error(t("errors.versionConflict"));
        } else {
          void message.error(isApiError(error) ? error.displayMessage : t("errors.unexpected"));
        }
      },
    );

  const pending = (kind: UserAction) => action.isPending && action.variables?.action === kind;

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        {t("common.edit")}
      </Button>
      {user.disabled ? (
        <Popconfirm
          title={t("users.enableConfirm", { email: user.email })}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          onConfirm={() => run("enable", t("users.enabledDone"))}
        >
          <Button type="link" size="small" loading={pending("enable")}>
            {t("users.enable")}
          </Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={t("users.disableConfirm", { email: user.email })}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          okButtonProps={{ danger: true }}
          onConfirm={() => run("disable", t("users.disabledDone"))}
        >
          <Button type="link" size="small" danger disabled={user.id === me.id} loading={pending("disable")}>
            {t("users.disable")}
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={t("users.revokeConfirm", { email: user.email })}
        okText={t("common.confirm")}
        cancelText={t("common.cancel")}
        onConfirm={() => run("revoke-sessions", t("users.revokedDone"))}
      >
        <Button type="link" size="small" loading={pending("revoke-sessions")}>
          {t("users.revokeSessions")}
        </Button>
      </Popconfirm>
      <Button type="link" size="small" onClick={() => onResetPassword(user)}>
        {t("users.resetPassword")}
      </Button>
    </Space>
  );
}
