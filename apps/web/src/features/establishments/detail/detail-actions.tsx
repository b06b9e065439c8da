import { EditOutlined, InboxOutlined, RollbackOutlined } from "@ant-design/icons";
import { App } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { EstablishmentDetail } from "../../../api/types";
import { ActionButton } from "../../../components/action-button";
import { isApiError } from "../../../lib/api";
import { type EstablishmentAction, useEstablishmentAction } from "../api";
import { editEstablishmentPath } from "../paths";

/**
 * Sửa, Lưu trữ (confirmed) or Khôi phục, as the server offers them in the record's `actions`: Sửa on an archived
 * record stays visible, greyed with the reason (restore it first), and never opens the form.
 */
export function DetailActions({ establishment }: { establishment: EstablishmentDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const action = useEstablishmentAction();
  const { actions } = establishment;

  const run = (kind: EstablishmentAction, done: string) =>
    action.mutateAsync({ id: establishment.id, action: kind, version: establishment.version }).then(
      () => void message.success(done),
      (error: unknown) => {
        if (isApiError(error) && error.code === "VERSION_CONFLICT")
          void message.error(t("errors.versionConflict"));
        else void message.error(isApiError(error) ? error.displayMessage : t("errors.unexpected"));
      },
    );
  const pending = (kind: EstablishmentAction) => action.isPending && action.variables?.action === kind;

  return (
    <>
      <ActionButton
        action={actions.update}
        icon={<EditOutlined />}
        onClick={() => void navigate(editEstablishmentPath(establishment.id), { state: location.state })}
      >
        {t("common.edit")}
      </ActionButton>
      <ActionButton
        action={actions.archive}
        danger
        icon={<InboxOutlined />}
        loading={pending("archive")}
        confirm={{
          title: t("establishments.archiveConfirm", { name: establishment.name }),
          okText: t("common.confirm"),
          cancelText: t("common.cancel"),
          okButtonProps: { danger: true },
          onConfirm: () => run("archive", t("establishments.archived")),
        }}
      >
        {t("establishments.archive")}
      </ActionButton>
      <ActionButton
        action={actions.restore}
        icon={<RollbackOutlined />}
        loading={pending("restore")}
        onClick={() => void run("restore", t("establishments.restored"))}
      >
        {t("establishments.restore")}
      </ActionButton>
    </>
  );
}
