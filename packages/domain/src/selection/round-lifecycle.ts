import type { RoleCode } from "../access/roles";
import type { RoundStatus, SelectionLevel } from "./selection.codes";

/**
 * The states of a selection round (DOMAIN §4.4) and the steps between them: which step leads where, whether a
 * decision document (number, date, signer, file) must back it, and which body takes it. The body is resolved to
 * roles per round level: the organising body's staff (provincial staff for district and provincial rounds, central
 * staff for regional and national ones), its leader as the approver (PC Chair, agency DG or Minister sign; the
 * leader account records their decision), or the council's secretary (a member of that very round; the server
 * checks the `selection_member` row). Guards that need data (council size, open complaints) are the use cases'.
 */
export const roundStepCodes = [
  "FORM_COUNCIL",
  "OPEN_CALL",
  "START_JUDGING",
  "PROPOSE_RESULTS",
  "RETURN_TO_JUDGING",
  "RECOGNISE",
  "NOTIFY_RESULTS",
  "NOMINATE_UP",
  "CLOSE",
] as const;
export type RoundStep = (typeof roundStepCodes)[number];

/** Who takes a step: the organising body's staff, its approver, or the council (through its secretary). */
export type RoundStepActor = "ORGANISER" | "APPROVER" | "COUNCIL";

export type RoundStepDefinition = {
  from: readonly RoundStatus[];
  to: RoundStatus;
  actors: readonly RoundStepActor[];
  /** A decision or minute with number, date and signer must be filed with the step. */
  needsDecision: boolean;
  /** The document the step files, as officers name it. */
  documentVi: string;
  labelVi: string;
};

export const roundSteps: Record<RoundStep, RoundStepDefinition> = {
  FORM_COUNCIL: {
    from: ["PLANNED"],
    to: "COUNCIL_FORMED",
    actors: ["APPROVER"],
    needsDecision: true,
    documentVi: "Quyết định thành lập hội đồng bình chọn",
    labelVi: "Thành lập hội đồng",
  },
  OPEN_CALL: {
    from: ["COUNCIL_FORMED"],
    to: "CALL_OPEN",
    actors: ["ORGANISER", "COUNCIL"],
    needsDecision: true,
    documentVi: "Thông báo, hướng dẫn đăng ký tham gia bình chọn",
    labelVi: "Mở nhận hồ sơ",
  },
  START_JUDGING: {
    from: ["CALL_OPEN"],
    to: "JUDGING",
    actors: ["ORGANISER", "COUNCIL"],
    needsDecision: false,
    documentVi: "Biên bản kết thúc nhận hồ sơ",
    labelVi: "Bắt đầu chấm điểm",
  },
  PROPOSE_RESULTS: {
    from: ["JUDGING"],
    to: "RESULTS_PROPOSED",
    actors: ["ORGANISER", "COUNCIL"],
    needsDecision: true,
    documentVi: "Biên bản tổng hợp kết quả và văn bản đề nghị công nhận của hội đồng",
    labelVi: "Hội đồng đề nghị công nhận",
  },
  RETURN_TO_JUDGING: {
    from: ["RESULTS_PROPOSED"],
    to: "JUDGING",
    actors: ["APPROVER"],
    needsDecision: true,
    documentVi: "Văn bản trả lại đề nghị của hội đồng",
    labelVi: "Trả lại để chấm lại",
  },
  RECOGNISE: {
    from: ["RESULTS_PROPOSED"],
    to: "RECOGNISED",
    actors: ["APPROVER"],
    needsDecision: true,
    documentVi: "Quyết định công nhận sản phẩm công nghiệp nông thôn tiêu biểu",
    labelVi: "Công nhận",
  },
  NOTIFY_RESULTS: {
    from: ["RECOGNISED"],
    to: "COMPLAINT_WINDOW",
    actors: ["ORGANISER", "COUNCIL"],
    needsDecision: true,
    documentVi: "Thông báo kết quả cho các cơ sở tham gia",
    labelVi: "Thông báo kết quả",
  },
  NOMINATE_UP: {
    from: ["COMPLAINT_WINDOW"],
    to: "NOMINATED_UP",
    actors: ["APPROVER"],
    needsDecision: true,
    documentVi: "Văn bản đề nghị và danh sách sản phẩm gửi cấp trên",
    labelVi: "Đề cử lên cấp trên",
  },
  CLOSE: {
    from: ["COMPLAINT_WINDOW", "NOMINATED_UP"],
    to: "CLOSED",
    actors: ["ORGANISER"],
    needsDecision: false,
    documentVi: "Biên bản kết thúc đợt bình chọn",
    labelVi: "Kết thúc đợt bình chọn",
  },
};

/** The next level up a round's recognised products can be sent to; national rounds have none. */
export function nextLevelUp(level: SelectionLevel): SelectionLevel | null {
  const ladder: Record<SelectionLevel, SelectionLevel | null> = {
    HUYEN: "TINH",
    TINH: "KHU_VUC",
    KHU_VUC: "QUOC_GIA",
    QUOC_GIA: null,
  };
  return ladder[level];
}

/** The steps that lead out of a state for a round of this level (no nomination above the national level). */
export function roundStepsFrom(status: RoundStatus, level: SelectionLevel): RoundStep[] {
  return roundStepCodes.filter(
    (step) =>
      roundSteps[step].from.includes(status) && !(step === "NOMINATE_UP" && nextLevelUp(level) === null),
  );
}

export function isRoundStepAllowed(step: RoundStep, status: RoundStatus, level: SelectionLevel): boolean {
  return roundStepsFrom(status, level).includes(step);
}

/** Whose decision recognises a round of this level (Art. 6.2, 8): the authority printed under the signature. */
export const approverAuthorityVi: Record<SelectionLevel, string> = {
  HUYEN: "Chủ tịch Ủy ban nhân dân cấp huyện",
  TINH: "Chủ tịch Ủy ban nhân dân cấp tỉnh",
  KHU_VUC: "Cục trưởng Cục Công Thương địa phương",
  QUOC_GIA: "Bộ trưởng Bộ Công Thương",
};

const provincialLevel = (level: SelectionLevel) => level === "HUYEN" || level === "TINH";

/**
 * The roles that may take a step on a round of this level. Scope (own province, own region) and, for the
 * council, the secretary's membership of the round are checked by the server on top of this.
 */
export function rolesForRoundStep(step: RoundStep, level: SelectionLevel): RoleCode[] {
  const local = provincialLevel(level);
  const roles = new Set<RoleCode>();
  for (const actor of roundSteps[step].actors) {
    if (actor === "APPROVER") roles.add(local ? "PROVINCIAL_LEADER" : "CENTRAL_LEADER");
    if (actor === "ORGANISER") {
      for (const role of local
        ? (["PROVINCIAL_LEADER", "PROVINCIAL_OFFICER"] as const)
        : (["CENTRAL_LEADER", "CENTRAL_OFFICER"] as const))
        roles.add(role);
    }
    if (actor === "COUNCIL") roles.add("COUNCIL_SECRETARY");
  }
  return [...roles];
}

export function canRoleTakeRoundStep(role: RoleCode, step: RoundStep, level: SelectionLevel): boolean {
  return rolesForRoundStep(step, level).includes(role);
}

/** A round is editable (title, organiser, funding) until the council proposes its results. */
export function isRoundEditable(status: RoundStatus): boolean {
  return status === "PLANNED" || status === "COUNCIL_FORMED" || status === "CALL_OPEN";
}

/** Entries may be registered, changed or withdrawn only while the call is open. */
export function acceptsEntries(status: RoundStatus): boolean {
  return status === "CALL_OPEN";
}

/** Members and the point frame may change until judging starts; sheets are written only while judging. */
export function acceptsMemberChanges(status: RoundStatus): boolean {
  return status === "PLANNED" || status === "COUNCIL_FORMED" || status === "CALL_OPEN";
}

export function acceptsScores(status: RoundStatus): boolean {
  return status === "JUDGING";
}

/** Complaints are received during the window opened by the notification. */
export function acceptsComplaints(status: RoundStatus): boolean {
  return status === "COMPLAINT_WINDOW";
}

/** Certificates are issued once the approver has recognised the products, and not after the round is closed. */
export function acceptsCertificates(status: RoundStatus): boolean {
  return status === "RECOGNISED" || status === "COMPLAINT_WINDOW" || status === "NOMINATED_UP";
}
