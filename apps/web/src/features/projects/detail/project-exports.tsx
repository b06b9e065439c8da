import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { useDownload } from "../../../lib/use-download";
import { useAbility } from "../../auth/current-user";

/** The project's documents for print: dossier summary (.docx, Decree 30/2020 layout) and estimate (.xlsx). */
export function ProjectExports({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const canExport = useAbility("projects.export");
  const download = useDownload(() => t("projects.exports.failed"));
  if (!canExport) return null;
  const base = `/projects/${encodeURIComponent(project.id)}`;
  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        loading={download.pending === "dossier"}
        onClick={() =>
          download.run("dossier", { path: `${base}/dossier.docx`, fallbackName: `${project.code}.docx` })
        }
      >
        {t("projects.exports.dossier")}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={download.pending === "estimate"}
        onClick={() =>
          download.run("estimate", {
            path: `${base}/estimate.xlsx`,
            fallbackName: `${project.code}-du-toan.xlsx`,
          })
        }
      >
        {t("projects.exports.estimate")}
      </Button>
    </>
  );
}
