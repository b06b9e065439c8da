import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { useAbility } from "../../auth/current-user";
import { useProjectDownload } from "../use-project-download";

/** The project's documents for print: dossier summary (.docx, Decree 30/2020 layout) and estimate (.xlsx). */
export function ProjectExports({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const canExport = useAbility("projects.export");
  const download = useProjectDownload();
  if (!canExport) return null;
  const base = `/projects/${encodeURIComponent(project.id)}`;
  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        loading={download.pending === "dossier"}
        onClick={() => download.run("dossier", `${base}/dossier.docx`, `${project.code}.docx`)}
      >
        {t("projects.exports.dossier")}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={download.pending === "estimate"}
        onClick={() => download.run("estimate", `${base}/estimate.xlsx`, `${project.code}-du-toan.xlsx`)}
      >
        {t("projects.exports.estimate")}
      </Button>
    </>
  );
}
