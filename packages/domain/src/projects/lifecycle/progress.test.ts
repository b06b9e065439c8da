import { describe, expect, it } from "vitest";
import {
  isReportOverdue,
  latestDuePeriod,
  overdueMonths,
  type ProgressInput,
  progressCalendar,
} from "./progress";

const base: ProgressInput = { from: "2024-03-10", until: null, reports: [], today: "2024-06-30" };

describe("monthly progress reports (before the 25th)", () => {
  it("lists each month from the contract to today with its status", () => {
    const calendar = progressCalendar({
      ...base,
      reports: [
        { period: "2024-03", reportedOn: "2024-03-24" },
        { period: "2024-04", reportedOn: "2024-04-25" },
        { period: "2024-06", reportedOn: "2024-06-20" },
      ],
    });
    expect(calendar.map((m) => [m.period, m.status])).toEqual([
      ["2024-03", "ON_TIME"],
      ["2024-04", "LATE"],
      ["2024-05", "OVERDUE"],
      ["2024-06", "ON_TIME"],
    ]);
    expect(calendar[0]?.dueBefore).toBe("2024-03-25");
  });

  it("is not overdue before the 25th, and overdue from the 25th", () => {
    expect(overdueMonths({ ...base, today: "2024-06-24" })).toEqual(["2024-03", "2024-04", "2024-05"]);
    expect(progressCalendar({ ...base, today: "2024-06-24" }).at(-1)?.status).toBe("NOT_YET_DUE");
    expect(overdueMonths({ ...base, today: "2024-06-25" })).toEqual([
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
    ]);
  });

  it("starts with the next month when the contract is signed on or after the 25th", () => {
    expect(progressCalendar({ ...base, from: "2024-03-25" })[0]?.period).toBe("2024-04");
  });

  it("stops when completion is reported, and crosses years", () => {
    const input = { ...base, from: "2024-11-01", until: "2025-01-20", today: "2025-06-01" };
    expect(overdueMonths(input)).toEqual(["2024-11", "2024-12"]);
  });

  it("counts the earliest of several reports for a month, and honours another due day", () => {
    const reports = [
      { period: "2024-03", reportedOn: "2024-03-28" },
      { period: "2024-03", reportedOn: "2024-03-20" },
    ];
    expect(progressCalendar({ ...base, reports, today: "2024-03-31" })[0]?.status).toBe("ON_TIME");
    expect(progressCalendar({ ...base, reports, today: "2024-03-31", dueDay: 15 })[0]?.status).toBe("LATE");
  });
});

describe("latestDuePeriod", () => {
  it("is this month from its due day on, the month before until then, across the new year", () => {
    expect(latestDuePeriod("2026-11-24")).toBe("2026-10");
    expect(latestDuePeriod("2026-11-25")).toBe("2026-11");
    expect(latestDuePeriod("2027-01-03")).toBe("2026-12");
    expect(latestDuePeriod("2027-01-10", 5)).toBe("2027-01");
  });
});

describe("isReportOverdue", () => {
  const running = { status: "IN_PROGRESS", contractSignedOn: "2026-08-10", lastReportPeriod: "2026-09" };
  it("flags a project whose latest due month has no report", () => {
    expect(isReportOverdue(running, "2026-11-10")).toBe(true); // October due before 25 Oct, missing
    expect(isReportOverdue({ ...running, lastReportPeriod: "2026-10" }, "2026-11-10")).toBe(false);
    expect(isReportOverdue({ ...running, lastReportPeriod: "2026-10" }, "2026-11-25")).toBe(true);
  });
  it("does not flag a contract signed after the due day, a project not reporting, or one without contract", () => {
    expect(
      isReportOverdue({ ...running, contractSignedOn: "2026-10-26", lastReportPeriod: null }, "2026-11-10"),
    ).toBe(false);
    expect(isReportOverdue({ ...running, status: "ACCEPTED" }, "2026-11-10")).toBe(false);
    expect(isReportOverdue({ ...running, contractSignedOn: null }, "2026-11-10")).toBe(false);
  });
});
