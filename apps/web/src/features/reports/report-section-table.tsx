import type { ReportCheck, ReportComment, ReportDetail } from "./api";
import { ReportCellView } from "./report-cell";
import type { ReportDraft } from "./report-draft";
import { ReportSectionGrid } from "./report-section-grid";

type Section = ReportDetail["template"]["sections"][number];

type Props = {
  section: Section;
  report: ReportDetail;
  editable: boolean;
  draft: ReportDraft;
  failingByCell: ReadonlyMap<string, ReportCheck[]>;
  commentsByCell: ReadonlyMap<string, ReportComment[]>;
};

/** One section of the template as a table: a line per row (label, unit) and a column per figure the rows carry. */
export function ReportSectionTable({
  section,
  report,
  editable,
  draft,
  failingByCell,
  commentsByCell,
}: Props) {
  const cells = new Map(report.cells.map((cell) => [cell.cell, cell]));
  const missing = new Set(report.missingCells);
  return (
    <ReportSectionGrid
      section={section}
      columns={report.template.columns}
      renderCell={(row, column) => {
        const key = `${row.code}/${column}`;
        return (
          <ReportCellView
            row={row}
            column={column}
            cell={cells.get(key)}
            missing={missing.has(key)}
            failing={failingByCell.get(key) ?? []}
            comments={commentsByCell.get(key) ?? []}
            editable={editable}
            draft={draft}
          />
        );
      }}
    />
  );
}
