import type { FairDocumentKind, FairStatus } from "./trade-promotion.codes";

/**
 * The fair's states (issue 15 item 1): planned → open for registration → held → reported, or cancelled before it
 * is held. REPORTED needs the host's confirmed booth-holder list on file: it is the evidence acceptance reads
 * (DOMAIN §5 "booth-holder list confirmed by host DoIT"). A held fair cannot be cancelled: its booths happened.
 */
export type FairTransition = {
  from: readonly FairStatus[];
  to: FairStatus;
  labelVi: string;
  /** Documents that must already be filed with the fair. */
  requiresDocuments: readonly FairDocumentKind[];
  /** True when the officer must give a reason (stored as the cancel reason). */
  requiresReason: boolean;
};

export const fairTransitionCodes = ["OPEN_REGISTRATION", "MARK_HELD", "REPORT", "CANCEL"] as const;
export type FairTransitionCode = (typeof fairTransitionCodes)[number];

export const fairTransitions: Record<FairTransitionCode, FairTransition> = {
  OPEN_REGISTRATION: {
    from: ["PLANNED"],
    to: "REGISTRATION_OPEN",
    labelVi: "Mở đăng ký",
    requiresDocuments: [],
    requiresReason: false,
  },
  MARK_HELD: {
    from: ["PLANNED", "REGISTRATION_OPEN"],
    to: "HELD",
    labelVi: "Xác nhận đã tổ chức",
    requiresDocuments: [],
    requiresReason: false,
  },
  REPORT: {
    from: ["HELD"],
    to: "REPORTED",
    labelVi: "Báo cáo kết quả",
    requiresDocuments: ["CONFIRMED_LIST"],
    requiresReason: false,
  },
  CANCEL: {
    from: ["PLANNED", "REGISTRATION_OPEN"],
    to: "CANCELLED",
    labelVi: "Hủy hội chợ",
    requiresDocuments: [],
    requiresReason: true,
  },
};

export type FairTransitionRefusal =
  | { code: "FAIR_TRANSITION_NOT_ALLOWED"; messageVi: string }
  | { code: "FAIR_DOCUMENT_MISSING"; messageVi: string; missing: FairDocumentKind[] }
  | { code: "FAIR_REASON_REQUIRED"; messageVi: string; field: "reason" };

const documentNamesVi: Record<FairDocumentKind, string> = {
  PLAN: "kế hoạch tổ chức",
  DECISION: "quyết định",
  CONFIRMED_LIST: "danh sách gian hàng được đơn vị chủ trì xác nhận",
  OTHER: "văn bản khác",
};

/** Null when the transition may be taken; otherwise the first reason it may not, with a stable code. */
export function checkFairTransition(
  status: FairStatus,
  code: FairTransitionCode,
  filedDocuments: readonly FairDocumentKind[],
  reason: string | null = null,
): FairTransitionRefusal | null {
  const transition = fairTransitions[code];
  if (!transition.from.includes(status)) {
    return {
      code: "FAIR_TRANSITION_NOT_ALLOWED",
      messageVi: `Không thể "${transition.labelVi.toLowerCase()}" khi hội chợ đang ở trạng thái này`,
    };
  }
  const missing = transition.requiresDocuments.filter((kind) => !filedDocuments.includes(kind));
  if (missing.length > 0) {
    return {
      code: "FAIR_DOCUMENT_MISSING",
      messageVi: `Cần nộp ${missing.map((kind) => documentNamesVi[kind]).join(", ")} trước khi ${transition.labelVi.toLowerCase()}`,
      missing,
    };
  }
  if (transition.requiresReason && (reason === null || reason.trim() === "")) {
    return { code: "FAIR_REASON_REQUIRED", messageVi: "Cần ghi lý do hủy hội chợ", field: "reason" };
  }
  return null;
}

/** The transitions that can start from a status (the action buttons the fair page offers). */
export function fairTransitionsFrom(status: FairStatus): FairTransitionCode[] {
  return fairTransitionCodes.filter((code) => fairTransitions[code].from.includes(status));
}

/** Participations may be added or changed until the fair is reported or cancelled. */
export function fairAcceptsParticipations(status: FairStatus): boolean {
  return status === "PLANNED" || status === "REGISTRATION_OPEN" || status === "HELD";
}
