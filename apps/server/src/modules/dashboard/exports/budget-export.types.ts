import { geographyBasisLabels } from "@kc/domain";
import type { budgetView } from "../budget-view";
import type { DashboardScope } from "../dashboard-scope";

/** The budget view as the dashboard serves it: every figure already carries the text the figure engine printed. */
export type BudgetView = Awaited<ReturnType<typeof budgetView>>;
export type BudgetExportScope = Pick<DashboardScope, "level" | "region" | "unit" | "labelVi">;

/** "Đồng Tháp (trước 7/2025) - Năm 2017 - Theo địa giới tại thời điểm": the line that heads every export. */
export function exportCaption(view: BudgetView, scope: BudgetExportScope): string {
  return `${scope.labelVi} - ${view.periodLabelVi} - ${geographyBasisLabels[view.basis]}`;
}

/** A file name that keeps its Vietnamese letters (RFC 6266 filename*) but holds no path or reserved character. */
export function exportFileName(
  stem: string,
  view: BudgetView,
  scope: BudgetExportScope,
  ext: string,
): string {
  const clean = `${stem} - ${scope.labelVi} - ${view.periodLabelVi}`
    .normalize("NFC")
    .replace(/[\\/:*?"<>|]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  return `${clean}.${ext}`;
}
