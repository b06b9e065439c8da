import { describe, expect, it } from "vitest";
import { formatPercentVi } from "../figures/format-vi";
import { awardsRanking } from "./report-awards-ranking";
import { completenessByPeriod } from "./report-completeness";
import {
  dueInWordsVi,
  type ExistingReport,
  type ObligationTemplate,
  reportObligations,
  sortForAction,
} from "./report-obligations";
import { parseReminderOffsets, reminderDueFor } from "./report-reminders";

const sixMonth: ObligationTemplate = {
  id: "BC_6_THANG-V1",
  code: "BC_6_THANG",
  titleVi: "Báo cáo 6 tháng",
  periodKind: "HALF_YEAR",
  windowRule: "CALENDAR",
  deadlineDaysAfterWindow: 15,
  validFrom: "2018-01-01",
  validTo: null,
};
const annual: ObligationTemplate = { ...sixMonth, id: "BC_NAM-V1", code: "BC_NAM", periodKind: "YEAR" };

// A former province ends on 30/6/2025 and its successor begins on 1/7/2025, as in the 2025 merger.
const former = { id: "OLD", validFrom: "2008-01-01", validTo: "2025-06-30" };
const successor = { id: "NEW", validFrom: "2025-07-01", validTo: null };
const untouched = { id: "KEPT", validFrom: "2008-01-01", validTo: null };
const provinces = [former, successor, untouched];

function report(over: Partial<ExistingReport>): ExistingReport {
  return {
    id: "R",
    templateId: sixMonth.id,
    provinceId: "KEPT",
    year: 2025,
    periodIndex: 1,
    state: "DRAFT",
    firstSubmittedOn: null,
    lastSubmittedOn: null,
    ...over,
  };
}

const owed = (reports: ExistingReport[], today: string, templates = [sixMonth, annual]) =>
  reportObligations({ templates, provinces, reports, today, countFrom: "2025-01-01" });

/** The first half of 2025 owed by the province the merger left alone. */
const keptHalf = (reports: ExistingReport[], today: string) =>
  owed(reports, today).find(
    (o) => o.provinceId === "KEPT" && o.templateId === sixMonth.id && o.year === 2025,
  );

describe("reports owed (issue 17 item 3)", () => {
  it("charges a province merged mid-year with the half it existed for, and its successor with the year", () => {
    const all = owed([], "2026-02-01");
    const keys = all.map((o) => `${o.templateCode} ${o.year}/${o.periodIndex} ${o.provinceId}`);
    expect(keys).toEqual([
      "BC_NAM 2024/1 KEPT",
      "BC_NAM 2024/1 OLD",
      "BC_6_THANG 2025/1 KEPT",
      "BC_6_THANG 2025/1 OLD",
      "BC_NAM 2025/1 KEPT",
      "BC_NAM 2025/1 NEW",
      "BC_6_THANG 2026/1 KEPT",
      "BC_6_THANG 2026/1 NEW",
      "BC_NAM 2026/1 KEPT",
      "BC_NAM 2026/1 NEW",
    ]);
    const past = all.filter((o) => o.year < 2026);
    expect(past.every((o) => o.status === "OVERDUE" && o.timeliness === "MISSING")).toBe(true);
    expect(all.filter((o) => o.year === 2026).every((o) => o.status === "NOT_YET_DUE")).toBe(true);
  });

  it("cuts the 15-to-14 window, so the half-year ends on 14/6 and is due on 29/6", () => {
    const cutoff = { ...sixMonth, windowRule: "CUTOFF_15_TO_14" as const };
    const [first] = owed([], "2025-06-20", [cutoff]).filter((o) => o.provinceId === "KEPT");
    expect(first?.window).toMatchObject({ from: "2024-12-15", to: "2025-06-14", dueOn: "2025-06-29" });
    expect(first?.status).toBe("NOT_YET_DUE");
    expect(first?.daysToDue).toBe(9);
    // On 14/6 the former province still existed, so it owes the cut-off half too.
    expect(owed([], "2025-06-20", [cutoff]).map((o) => o.provinceId)).toEqual(["KEPT", "OLD"]);
  });

  it("counts a report sent exactly on its due day as on time, and the day after as late", () => {
    const onTheDay = keptHalf([report({ state: "SUBMITTED", firstSubmittedOn: "2025-07-15" })], "2025-08-01");
    expect(onTheDay).toMatchObject({
      status: "SENT_ON_TIME",
      timeliness: "ON_TIME",
      reportId: "R",
    });
    const dayAfter = keptHalf([report({ state: "SUBMITTED", firstSubmittedOn: "2025-07-16" })], "2025-08-01");
    expect(dayAfter).toMatchObject({ status: "SENT_LATE", timeliness: "LATE" });
  });

  it("judges timeliness on the first submission: returned and resent late, it stays on time", () => {
    const returned = report({
      state: "RETURNED",
      firstSubmittedOn: "2025-07-10",
      lastSubmittedOn: "2025-07-10",
    });
    expect(keptHalf([returned], "2025-08-01")).toMatchObject({
      status: "RETURNED",
      timeliness: "ON_TIME",
    });
    const resent = { ...returned, state: "RESUBMITTED" as const, lastSubmittedOn: "2025-08-01" };
    expect(keptHalf([resent], "2025-08-02")?.status).toBe("SENT_ON_TIME");
  });

  it("says due soon from 7 days before, not yet due before that, and a draft past its day is overdue", () => {
    const status = (today: string) => keptHalf([report({})], today)?.status;
    expect(status("2025-07-07")).toBe("NOT_YET_DUE");
    expect(status("2025-07-08")).toBe("DUE_SOON");
    expect(status("2025-07-15")).toBe("DUE_SOON");
    expect(status("2025-07-16")).toBe("OVERDUE");
  });

  it("owes nothing before the template's validity, before a period begins or before counting began", () => {
    const later = { ...sixMonth, validFrom: "2026-01-01" };
    expect(owed([], "2026-03-01", [later]).map((o) => `${o.year} ${o.provinceId}`)).toEqual([
      "2026 KEPT",
      "2026 NEW",
    ]);
    expect(owed([], "2025-12-31", [annual]).map((o) => o.year)).toEqual([2024, 2024, 2025, 2025]);
    const adHoc = { ...annual, periodKind: "CUTOFF_MONTH" as const };
    expect(owed([], "2026-03-01", [adHoc])).toEqual([]);
  });

  it("lists what waits for the province first, and says the due day in words", () => {
    const all = owed([report({ state: "RETURNED", firstSubmittedOn: "2025-07-01" })], "2026-01-10");
    const sorted = sortForAction(all).map((o) => `${o.status} ${o.templateCode} ${o.year} ${o.provinceId}`);
    expect(sorted).toEqual([
      "OVERDUE BC_NAM 2024 KEPT",
      "OVERDUE BC_NAM 2024 OLD",
      "OVERDUE BC_6_THANG 2025 OLD",
      "RETURNED BC_6_THANG 2025 KEPT",
      "DUE_SOON BC_NAM 2025 KEPT",
      "DUE_SOON BC_NAM 2025 NEW",
      "NOT_YET_DUE BC_6_THANG 2026 KEPT",
      "NOT_YET_DUE BC_6_THANG 2026 NEW",
      "NOT_YET_DUE BC_NAM 2026 KEPT",
      "NOT_YET_DUE BC_NAM 2026 NEW",
    ]);
    expect(dueInWordsVi(5)).toBe("Còn 5 ngày");
    expect(dueInWordsVi(0)).toBe("Hạn hôm nay");
    expect(dueInWordsVi(-12)).toBe("Trễ 12 ngày");
  });
});

describe("reminders", () => {
  const offsets = [-7, -1, 1, 7];
  const due = (today: string, over: Partial<ExistingReport> = {}) => {
    const o = keptHalf([report(over)], today);
    if (!o) throw new Error("no obligation");
    return reminderDueFor(o, offsets, today, 1);
  };

  it("sends the latest step whose day has come, and nothing before the first", () => {
    expect(due("2025-07-07")).toBeNull();
    expect(due("2025-07-08")).toMatchObject({ step: "D-7", kind: "BEFORE_DUE" });
    expect(due("2025-07-14")?.step).toBe("D-1");
    expect(due("2025-07-15")?.step).toBe("D-1");
    expect(due("2025-07-16")).toMatchObject({ step: "D+1", kind: "OVERDUE" });
    expect(due("2025-09-01")?.step).toBe("D+7");
  });

  it("sends nothing for a report sent, approved or locked, and a notice per return", () => {
    expect(due("2025-07-20", { state: "SUBMITTED", firstSubmittedOn: "2025-07-20" })).toBeNull();
    expect(due("2025-07-20", { state: "APPROVED", firstSubmittedOn: "2025-07-10" })).toBeNull();
    expect(due("2025-07-20", { state: "LOCKED", firstSubmittedOn: "2025-07-10" })).toBeNull();
    expect(due("2025-07-20", { state: "RETURNED", firstSubmittedOn: "2025-07-10" })).toMatchObject({
      step: "RETURNED-1",
      kind: "RETURNED",
    });
  });

  it("reads the schedule from configuration text", () => {
    expect(parseReminderOffsets("7, -1,-7 ,1")).toEqual([-7, -1, 1, 7]);
    expect(parseReminderOffsets("")).toEqual([]);
    expect(parseReminderOffsets("0")).toBeNull();
    expect(parseReminderOffsets("-1.5")).toBeNull();
    expect(parseReminderOffsets("x")).toBeNull();
  });
});

describe("completeness, timeliness and the awards ranking", () => {
  const reports = [
    report({ id: "A", provinceId: "KEPT", state: "APPROVED", firstSubmittedOn: "2025-07-15" }),
    report({ id: "B", provinceId: "OLD", state: "SUBMITTED", firstSubmittedOn: "2025-07-20" }),
    report({
      id: "C",
      templateId: annual.id,
      provinceId: "NEW",
      state: "LOCKED",
      firstSubmittedOn: "2026-01-15",
    }),
  ];
  const all = owed(reports, "2026-02-01").filter((o) => o.year === 2025);

  it("counts on time, late and missing per period with DHIS2's percentages", () => {
    const [year, half] = completenessByPeriod(all);
    expect(half?.labelVi).toBe("6 tháng đầu năm 2025");
    expect(half?.totals).toMatchObject({ expected: 2, onTime: 1, late: 1, missing: 0 });
    expect(formatPercentVi(half?.totals.completeness ?? null)).toBe("100,00 %");
    expect(formatPercentVi(half?.totals.timeliness ?? null)).toBe("50,00 %");
    expect(year?.totals).toMatchObject({ expected: 2, onTime: 1, missing: 1 });
  });

  it("ranks on time, then complete, then consistent; a merged province counts toward its successor", () => {
    const quality = new Map([
      ["A", { consistent: true }],
      ["B", { consistent: true }],
      ["C", { consistent: false }],
    ]);
    const rows = awardsRanking(all, quality, (id) => (id === "OLD" ? "NEW" : id));
    expect(rows.map((r) => [r.provinceId, r.rank, r.due, r.onTime, r.sent, r.consistent])).toEqual([
      ["NEW", 1, 2, 1, 2, 1],
      ["KEPT", 2, 2, 1, 1, 1],
    ]);
    const tied = awardsRanking(all, quality);
    expect(tied.map((r) => [r.provinceId, r.rank])).toEqual([
      ["NEW", 1],
      ["KEPT", 2],
      ["OLD", 3],
    ]);
    const equal = awardsRanking(
      all.filter((o) => o.provinceId !== "OLD" && o.provinceId !== "NEW"),
      quality,
    );
    expect(equal.map((r) => r.rank)).toEqual([1]);
  });
});
