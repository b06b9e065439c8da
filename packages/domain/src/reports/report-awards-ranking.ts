import { compareRatio, percentOf, type Ratio } from "../figures/fixed";
import type { ReportObligation } from "./report-obligations";

/**
 * The ranking of provinces for the annual reporting awards (issue 17 item 4: "on time, complete, consistent").
 * Only the reports of the year already due are counted (a period still open judges nobody). For each province:
 * - on time = reports first sent by their due day / reports due (DHIS2 timeliness);
 * - complete = reports sent / reports due (DHIS2 completeness);
 * - consistent = reports sent that passed the generated checks at their first submission with no warning
 *   acknowledged and were never returned / reports due (a report that needed a reason or a correction is sent,
 *   but not consistent).
 * Provinces are ordered by on time, then complete, then consistent (each a higher share first): a report on time
 * is the first thing the awards reward, and the shares are compared exactly, never as rounded floats. Equal
 * provinces share a rank (1, 1, 3). A province absorbed in a merger counts toward the province that succeeded it
 * (`rankedUnitOf`), so the awards go to the departments of today.
 */
export type ReportQuality = { consistent: boolean };

export type AwardsRow = {
  provinceId: string;
  rank: number;
  due: number;
  onTime: number;
  sent: number;
  consistent: number;
  onTimeShare: Ratio | null;
  completeShare: Ratio | null;
  consistentShare: Ratio | null;
};

const ZERO: Ratio = { num: 0n, den: 1n };

function compareShares(a: AwardsRow, b: AwardsRow): number {
  return (
    compareRatio(b.onTimeShare ?? ZERO, a.onTimeShare ?? ZERO) ||
    compareRatio(b.completeShare ?? ZERO, a.completeShare ?? ZERO) ||
    compareRatio(b.consistentShare ?? ZERO, a.consistentShare ?? ZERO)
  );
}

export function awardsRanking(
  obligations: readonly ReportObligation[],
  quality: ReadonlyMap<string, ReportQuality>,
  rankedUnitOf: (provinceId: string) => string = (id) => id,
): AwardsRow[] {
  const rows = new Map<string, AwardsRow>();
  for (const o of obligations) {
    if (o.timeliness === "NOT_YET_DUE") continue;
    const unit = rankedUnitOf(o.provinceId);
    const row = rows.get(unit) ?? {
      provinceId: unit,
      rank: 0,
      due: 0,
      onTime: 0,
      sent: 0,
      consistent: 0,
      onTimeShare: null,
      completeShare: null,
      consistentShare: null,
    };
    row.due += 1;
    if (o.timeliness === "ON_TIME") row.onTime += 1;
    if (o.timeliness === "ON_TIME" || o.timeliness === "LATE") {
      row.sent += 1;
      if (o.reportId && quality.get(o.reportId)?.consistent) row.consistent += 1;
    }
    rows.set(unit, row);
  }
  const ranked = [...rows.values()].map((row) => ({
    ...row,
    onTimeShare: percentOf(BigInt(row.onTime), BigInt(row.due)),
    completeShare: percentOf(BigInt(row.sent), BigInt(row.due)),
    consistentShare: percentOf(BigInt(row.consistent), BigInt(row.due)),
  }));
  ranked.sort((a, b) => compareShares(a, b) || a.provinceId.localeCompare(b.provinceId));
  ranked.forEach((row, at) => {
    const previous = ranked[at - 1];
    row.rank = previous && compareShares(previous, row) === 0 ? previous.rank : at + 1;
  });
  return ranked;
}
