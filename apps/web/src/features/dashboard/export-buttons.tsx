import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useTranslation } from "react-i18next";
import { useAbility } from "../auth/current-user";
import { type BudgetParams, exportUrl } from "./api";

/**
 * The dashboard as an Excel workbook and as a one-page Word brief, for the view on screen. Plain links: the
 * browser downloads with the session cookie and names the file from the server's Content-Disposition.
 */
export function ExportButtons({ params }: { params: BudgetParams }) {
  const { t } = useTranslation();
  const canExport = useAbility("dashboard.export");
  if (!canExport) return null;
  // Wrapping: on a phone the two buttons side by side are wider than the screen.
  return (
    <Flex wrap gap={8}>
      <Button
        icon={<FileExcelOutlined />}
        href={exportUrl("budget.xlsx", params)}
        download
        data-testid="dashboard-export-xlsx"
      >
        {t("dashboard.export.xlsx")}
      </Button>
      <Button
        icon={<FileWordOutlined />}
        href={exportUrl("brief.docx", params)}
        download
        data-testid="dashboard-export-docx"
      >
        {t("dashboard.export.docx")}
      </Button>
    </Flex>
  );
}
