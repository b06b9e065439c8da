import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDownload } from "../../../lib/use-download";
import { useAbility } from "../../auth/current-user";
import { ESTABLISHMENTS_EXPORT, IMPORT_TEMPLATE } from "../api";
import { type EstablishmentFilters, filterQuery } from "../filters";
import { ImportModal } from "../import/import-modal";
import { NEW_ESTABLISHMENT_PATH } from "../paths";

type EstablishmentToolbarProps = {
  filters: EstablishmentFilters;
  /** The import dialog is the page's, so that an empty list can open it too. */
  importOpen: boolean;
  onImportOpenChange: (open: boolean) => void;
};

/** The list's actions, each shown only when the server granted the ability. */
export function EstablishmentToolbar({ filters, importOpen, onImportOpenChange }: EstablishmentToolbarProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useAbility("establishments.create");
  const canImport = useAbility("establishments.import");
  const canExport = useAbility("establishments.export");
  const download = useDownload<"template" | "export">((key) =>
    key === "export" ? t("establishments.exportFailed") : t("establishments.downloadFailed"),
  );

  return (
    <>
      {canImport ? (
        <Button
          icon={<DownloadOutlined />}
          loading={download.pending === "template"}
          onClick={() => download.run("template", IMPORT_TEMPLATE)}
        >
          {t("establishments.template")}
        </Button>
      ) : null}
      {canExport ? (
        <Button
          icon={<FileExcelOutlined />}
          loading={download.pending === "export"}
          onClick={() => download.run("export", { ...ESTABLISHMENTS_EXPORT, query: filterQuery(filters) })}
        >
          {t("establishments.export")}
        </Button>
      ) : null}
      {canImport ? (
        <Button icon={<UploadOutlined />} onClick={() => onImportOpenChange(true)}>
          {t("establishments.import")}
        </Button>
      ) : null}
      {canCreate ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_ESTABLISHMENT_PATH)}>
          {t("establishments.create")}
        </Button>
      ) : null}
      {canImport ? <ImportModal open={importOpen} onClose={() => onImportOpenChange(false)} /> : null}
    </>
  );
}
