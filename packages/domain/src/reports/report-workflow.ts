import type { RoleCode } from "../access/roles";

/**
 * The approval workflow of a province's periodic report (issue 17 item 2; DHIS2's data approval pattern):
 * draft → submitted → returned (with comments per cell) → resubmitted → approved → locked. The province writes
 * and sends; the central agency returns or approves; its leader locks, and only its leader unlocks, with a
 * reason, which sends the report back to the province as returned. Cells can change only in DRAFT and RETURNED.
 */
export const reportStates = ["DRAFT", "SUBMITTED", "RETURNED", "RESUBMITTED", "APPROVED", "LOCKED"] as const;
export type ReportState = (typeof reportStates)[number];

export const reportStateLabels: Record<ReportState, string> = {
  DRAFT: "Đang lập",
  SUBMITTED: "Đã gửi",
  RETURNED: "Trả lại để sửa",
  RESUBMITTED: "Đã gửi lại",
  APPROVED: "Đã duyệt",
  LOCKED: "Đã khóa",
};

export const reportStepCodes = ["SUBMIT", "RESUBMIT", "RETURN", "APPROVE", "LOCK", "UNLOCK"] as const;
export type ReportStepCode = (typeof reportStepCodes)[number];

export type ReportStep = {
  from: readonly ReportState[];
  to: ReportState;
  labelVi: string;
  /** Roles that may take the step (always within their data scope: the province's own, or the centre's). */
  roles: readonly RoleCode[];
  /** A reason must be written (unlocking); a return needs at least one comment instead. */
  requiresReason: boolean;
  /** The generated checks must pass (warnings acknowledged) before the step. */
  runsChecks: boolean;
};

const PROVINCE: readonly RoleCode[] = ["PROVINCIAL_OFFICER", "PROVINCIAL_LEADER"];
const CENTRE: readonly RoleCode[] = ["CENTRAL_OFFICER", "CENTRAL_LEADER"];

export const reportSteps: Record<ReportStepCode, ReportStep> = {
  SUBMIT: {
    from: ["DRAFT"],
    to: "SUBMITTED",
    labelVi: "Gửi báo cáo",
    roles: PROVINCE,
    requiresReason: false,
    runsChecks: true,
  },
  RESUBMIT: {
    from: ["RETURNED"],
    to: "RESUBMITTED",
    labelVi: "Gửi lại báo cáo",
    roles: PROVINCE,
    requiresReason: false,
    runsChecks: true,
  },
  RETURN: {
    from: ["SUBMITTED", "RESUBMITTED"],
    to: "RETURNED",
    labelVi: "Trả lại để sửa",
    roles: CENTRE,
    requiresReason: false,
    runsChecks: false,
  },
  APPROVE: {
    from: ["SUBMITTED", "RESUBMITTED"],
    to: "APPROVED",
    labelVi: "Duyệt báo cáo",
    roles: CENTRE,
    requiresReason: false,
    runsChecks: false,
  },
  LOCK: {
    from: ["APPROVED"],
    to: "LOCKED",
    labelVi: "Khóa báo cáo",
    roles: ["CENTRAL_LEADER"],
    requiresReason: false,
    runsChecks: false,
  },
  UNLOCK: {
    from: ["LOCKED"],
    to: "RETURNED",
    labelVi: "Mở khóa để sửa",
    roles: ["CENTRAL_LEADER"],
    requiresReason: true,
    runsChecks: false,
  },
};

/** Cells, narrative and comments of the province change only while the report is with the province. */
export function reportIsEditable(state: ReportState): boolean {
  return state === "DRAFT" || state === "RETURNED";
}

/** The step that sends the report from its state (SUBMIT from a draft, RESUBMIT after a return), or null. */
export function sendStepFrom(state: ReportState): "SUBMIT" | "RESUBMIT" | null {
  if (state === "DRAFT") return "SUBMIT";
  return state === "RETURNED" ? "RESUBMIT" : null;
}

export type ReportStepRefusal =
  | { code: "REPORT_STEP_NOT_ALLOWED"; messageVi: string }
  | { code: "FORBIDDEN"; messageVi: string }
  | { code: "REPORT_REASON_REQUIRED"; messageVi: string };

/**
 * Null when `role` may take `step` on a report in `state` (scope is checked by the query that found the
 * report); otherwise why not, with the stable code the server answers and the page shows on the greyed button.
 */
export function checkReportStep(
  state: ReportState,
  step: ReportStepCode,
  role: RoleCode,
  reason: string | null = "—",
): ReportStepRefusal | null {
  const definition = reportSteps[step];
  if (!definition.roles.includes(role)) {
    const who = definition.roles.includes("CENTRAL_OFFICER")
      ? "cán bộ Cục"
      : definition.roles.includes("PROVINCIAL_OFFICER")
        ? "cán bộ của tỉnh lập báo cáo"
        : "lãnh đạo Cục";
    return { code: "FORBIDDEN", messageVi: `Chỉ ${who} được "${definition.labelVi.toLowerCase()}"` };
  }
  if (!definition.from.includes(state)) {
    return {
      code: "REPORT_STEP_NOT_ALLOWED",
      messageVi: `Không thể "${definition.labelVi.toLowerCase()}" khi báo cáo đang ở trạng thái "${reportStateLabels[state]}"`,
    };
  }
  if (definition.requiresReason && (reason === null || reason.trim() === "")) {
    return { code: "REPORT_REASON_REQUIRED", messageVi: "Cần ghi lý do mở khóa báo cáo" };
  }
  return null;
}

/** The steps that can start from a state (the buttons the report page may show). */
export function reportStepsFrom(state: ReportState): ReportStepCode[] {
  return reportStepCodes.filter((code) => reportSteps[code].from.includes(state));
}
