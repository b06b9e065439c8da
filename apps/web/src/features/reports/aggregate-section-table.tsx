import type { AggregateCell, ReportAggregate } from "./aggregate-api";
import { AggregateCellView } from "./aggregate-cell";
import { ReportSectionGrid } from "./report-section-grid";

type Section = ReportAggregate["template"]["sections"][number];

/**
 * One section of the aggregate laid out as the report page lays out a province's report (label, unit, a column
 * per figure the rows carry), every figure read-only with its drill-down to the provinces.
 */
export function AggregateSectionTable({
  section,
  aggregate,
}: {
  section: Section;
  aggregate: ReportAggregate;
}) {
  const cells = new Map<string, AggregateCell>(aggregate.cells.map((cell) => [cell.cell, cell]));
  return (
    <ReportSectionGrid
      section={section}
      columns={aggregate.template.columns}
      renderCell={(row, column) => (
        <AggregateCellView
          row={row}
          column={column}
          cell={cells.get(`${row.code}/${column}`)}
          includedCount={aggregate.included.length}
        />
      )}
    />
  );
}
