import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useDownload } from "../../lib/use-download";
import { useAbility } from "../auth/current-user";
import type { ReportDetail } from "./api";

/**
 * The report's files: Word in the Decree 30/2020 layout (marked "Dự thảo" until approved) and Excel in the
 * template's layout, for whoever may read the report; the server names the files.
 */
export function ReportExports({ report }: { report: Pick<ReportDetail, "id" | "year" | "periodIndex"> }) {
  const { t } = useTranslation();
  const canRead = useAbility("reports.read");
  const download = useDownload<"docx" | "xlsx">(() => t("reports.exports.failed"));
  if (!canRead) return null;
  const base = `/reports/${encodeURIComponent(report.id)}/export`;
  const fallbackName = `bao-cao-${report.year}-${report.periodIndex}`;
  return (
    <>
      <Tooltip title={t("reports.exports.docxHint")}>
        <Button
          icon={<FileWordOutlined />}
          loading={download.pending === "docx"}
          onClick={() => download.run("docx", { path: `${base}.docx`, fallbackName: `${fallbackName}.docx` })}
        >
          {t("reports.exports.docx")}
        </Button>
      </Tooltip>
      <Tooltip title={t("reports.exports.xlsxHint")}>
        <Button
          icon={<FileExcelOutlined />}
          loading={download.pending === "xlsx"}
          onClick={() => download.run("xlsx", { path: `${base}.xlsx`, fallbackName: `${fallbackName}.xlsx` })}
        >
          {t("reports.exports.xlsx")}
        </Button>
      </Tooltip>
    </>
  );
}
