import { EditOutlined, InboxOutlined, RollbackOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { EstablishmentDetail } from "../../../api/types";
import { isApiError } from "../../../lib/api";
import { type EstablishmentAction, useEstablishmentAction } from "../api";
import { editEstablishmentPath } from "../paths";

/** Sửa, Lưu trữ (confirmed) or Khôi phục: each shown when the record's `abilities` grant it. */
export function DetailActions({ establishment }: { establishment: EstablishmentDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const action = useEstablishmentAction();
  const can = (ability: EstablishmentDetail["abilities"][number]) =>
    establishment.abilities.includes(ability);

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
      {can("update") ? (
        <Button
          icon={<EditOutlined />}
          onClick={() => void navigate(editEstablishmentPath(establishment.id), { state: location.state })}
        >
          {t("common.edit")}
        </Button>
      ) : null}
      {can("archive") ? (
        <Popconfirm
          title={t("establishments.archiveConfirm", { name: establishment.name })}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          okButtonProps={{ danger: true }}
          onConfirm={() => run("archive", t("establishments.archived"))}
        >
          <Button danger icon={<InboxOutlined />} loading={pending("archive")}>
            {t("establishments.archive")}
          </Button>
        </Popconfirm>
      ) : null}
      {can("restore") ? (
        <Button
          icon={<RollbackOutlined />}
          loading={pending("restore")}
          onClick={() => void run("restore", t("establishments.restored"))}
        >
          {t("establishments.restore")}
        </Button>
      ) : null}
    </>
  );
}
