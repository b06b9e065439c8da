import { describe, expect, it } from "vitest";
import { REPORT_ATTACHMENTS_MAX, reportAttachmentChange } from "./report-attachments";
import { reportStates } from "./report-workflow";

const codes = (action: ReturnType<typeof reportAttachmentChange>) => action.reasons.map((r) => r.code);

describe("changing the files of a report", () => {
  it("is allowed only while the report is with the province", () => {
    const open = reportStates.filter((state) => reportAttachmentChange(state, "ADD", 0).available);
    expect(open).toEqual(["DRAFT", "RETURNED"]);
    for (const state of ["SUBMITTED", "RESUBMITTED", "APPROVED", "LOCKED"] as const) {
      expect(codes(reportAttachmentChange(state, "DELETE", 1))).toEqual(["REPORT_ATTACHMENTS_LOCKED"]);
    }
  });

  it("stops adding at the limit but always lets a file be removed", () => {
    expect(reportAttachmentChange("DRAFT", "ADD", REPORT_ATTACHMENTS_MAX - 1).available).toBe(true);
    const full = reportAttachmentChange("DRAFT", "ADD", REPORT_ATTACHMENTS_MAX);
    expect(codes(full)).toEqual(["REPORT_ATTACHMENTS_FULL"]);
    expect(full.reasons[0]?.messageVi).toContain("tối đa 30 tệp");
    expect(reportAttachmentChange("RETURNED", "DELETE", REPORT_ATTACHMENTS_MAX).available).toBe(true);
  });

  it("names both reasons when a sent report is also full", () => {
    expect(codes(reportAttachmentChange("LOCKED", "ADD", REPORT_ATTACHMENTS_MAX))).toEqual([
      "REPORT_ATTACHMENTS_LOCKED",
      "REPORT_ATTACHMENTS_FULL",
    ]);
  });
});
