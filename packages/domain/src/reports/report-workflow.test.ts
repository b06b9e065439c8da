import { describe, expect, it } from "vitest";
import { type RoleCode, roleCodes } from "../access/roles";
import {
  checkReportStep,
  type ReportState,
  type ReportStepCode,
  reportIsEditable,
  reportStateLabels,
  reportStates,
  reportStepCodes,
  reportSteps,
  reportStepsFrom,
  sendStepFrom,
} from "./report-workflow";

/** The whole table written out, so a change to it is a visible change to this test. */
const expected: Record<ReportStepCode, { from: ReportState[]; to: ReportState; roles: RoleCode[] }> = {
  SUBMIT: { from: ["DRAFT"], to: "SUBMITTED", roles: ["PROVINCIAL_OFFICER", "PROVINCIAL_LEADER"] },
  RESUBMIT: { from: ["RETURNED"], to: "RESUBMITTED", roles: ["PROVINCIAL_OFFICER", "PROVINCIAL_LEADER"] },
  RETURN: {
    from: ["SUBMITTED", "RESUBMITTED"],
    to: "RETURNED",
    roles: ["CENTRAL_OFFICER", "CENTRAL_LEADER"],
  },
  APPROVE: {
    from: ["SUBMITTED", "RESUBMITTED"],
    to: "APPROVED",
    roles: ["CENTRAL_OFFICER", "CENTRAL_LEADER"],
  },
  LOCK: { from: ["APPROVED"], to: "LOCKED", roles: ["CENTRAL_LEADER"] },
  UNLOCK: { from: ["LOCKED"], to: "RETURNED", roles: ["CENTRAL_LEADER"] },
};

describe("the report workflow (issue 17 item 2)", () => {
  it("allows exactly the table's steps, for every state × step × role", () => {
    for (const state of reportStates) {
      for (const step of reportStepCodes) {
        for (const role of roleCodes) {
          const refusal = checkReportStep(state, step, role);
          const allowed = expected[step].from.includes(state) && expected[step].roles.includes(role);
          expect(refusal === null, `${step} from ${state} by ${role}`).toBe(allowed);
          if (!expected[step].roles.includes(role)) expect(refusal?.code).toBe("FORBIDDEN");
          else if (!allowed) expect(refusal?.code).toBe("REPORT_STEP_NOT_ALLOWED");
        }
      }
    }
  });

  it("unlocks only with a reason, and says why in Vietnamese", () => {
    expect(checkReportStep("LOCKED", "UNLOCK", "CENTRAL_LEADER", "  ")).toEqual({
      code: "REPORT_REASON_REQUIRED",
      messageVi: "Cần ghi lý do mở khóa báo cáo",
    });
    expect(checkReportStep("LOCKED", "UNLOCK", "CENTRAL_LEADER", "Sửa số liệu quý II")).toBeNull();
    expect(checkReportStep("LOCKED", "SUBMIT", "PROVINCIAL_OFFICER")?.messageVi).toBe(
      `Không thể "gửi báo cáo" khi báo cáo đang ở trạng thái "${reportStateLabels.LOCKED}"`,
    );
    expect(checkReportStep("APPROVED", "LOCK", "CENTRAL_OFFICER")?.messageVi).toBe(
      'Chỉ lãnh đạo Cục được "khóa báo cáo"',
    );
  });

  it("lets the province edit only a draft or a returned report, and sends either", () => {
    expect(reportStates.filter(reportIsEditable)).toEqual(["DRAFT", "RETURNED"]);
    expect(reportStates.map(sendStepFrom)).toEqual(["SUBMIT", null, "RESUBMIT", null, null, null]);
    expect(reportStepsFrom("SUBMITTED")).toEqual(["RETURN", "APPROVE"]);
    for (const step of reportStepCodes) expect(reportSteps[step].to, step).toBe(expected[step].to);
  });
});
