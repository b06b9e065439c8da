import { percentOf, type Ratio } from "../figures/fixed";
import type { ReportObligation, Timeliness } from "./report-obligations";

/**
 * Completeness and timeliness of the reports owed (issue 17 item 4), as DHIS2 defines them: completeness = reports
 * sent / reports expected, timeliness = reports sent on time / reports expected. Every report owed for the period
 * is expected, including those not yet due (DHIS2 counts them too), so a period still open reads low and the
 * "not yet due" column says why. Percentages are exact ratios, rounded only when printed (figures/fixed).
 */
export type CompletenessCounts = {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
  completeness: Ratio | null;
  timeliness: Ratio | null;
};

export function completenessOf(timeliness: readonly Timeliness[]): CompletenessCounts {
  const count = (kind: Timeliness) => timeliness.filter((t) => t === kind).length;
  const onTime = count("ON_TIME");
  const late = count("LATE");
  const expected = timeliness.length;
  return {
    expected,
    onTime,
    late,
    missing: count("MISSING"),
    notYetDue: count("NOT_YET_DUE"),
    completeness: percentOf(BigInt(onTime + late), BigInt(expected)),
    timeliness: percentOf(BigInt(onTime), BigInt(expected)),
  };
}

export type CompletenessPeriod = {
  templateId: string;
  titleVi: string;
  year: number;
  periodIndex: number;
  labelVi: string;
  dueOn: string;
  totals: CompletenessCounts;
  provinces: {
    provinceId: string;
    timeliness: Timeliness;
    firstSubmittedOn: string | null;
    reportId: string | null;
  }[];
};

/** One block per template and period (newest due first), each with its provinces and its totals. */
export function completenessByPeriod(obligations: readonly ReportObligation[]): CompletenessPeriod[] {
  const periods = new Map<string, CompletenessPeriod>();
  for (const o of obligations) {
    const key = `${o.templateId}|${o.year}|${o.periodIndex}`;
    let period = periods.get(key);
    if (!period) {
      period = {
        templateId: o.templateId,
        titleVi: o.titleVi,
        year: o.year,
        periodIndex: o.periodIndex,
        labelVi: o.window.labelVi,
        dueOn: o.window.dueOn,
        totals: completenessOf([]),
        provinces: [],
      };
      periods.set(key, period);
    }
    period.provinces.push({
      provinceId: o.provinceId,
      timeliness: o.timeliness,
      firstSubmittedOn: o.firstSubmittedOn,
      reportId: o.reportId,
    });
  }
  const blocks = [...periods.values()];
  for (const block of blocks) block.totals = completenessOf(block.provinces.map((p) => p.timeliness));
  return blocks.sort((a, b) => b.dueOn.localeCompare(a.dueOn) || a.titleVi.localeCompare(b.titleVi));
}
