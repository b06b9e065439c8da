import type { AuthorityLevel, TransitionCode, TransitionRequest } from "@kc/domain";

/**
 * What happens to each demo project, step by step, as officers would do it through the screens: the national
 * path of DOMAIN §4.2 (and the local one of §4.3) with the documents each step needs, money paid by the body that
 * pays, monthly reports. A demo project takes the path up to the state it should show, or a branch of it.
 */
export type Who = "officer" | "leader" | "central" | "centralLeader";
type Doc = readonly [kind: string, authority?: AuthorityLevel];
export type Act =
  | { step: TransitionCode; by: Who; on: string; docs: readonly Doc[]; extra?: Partial<TransitionRequest> }
  | { pay: "ADVANCE" | "PAYMENT" | "REFUND"; amount: bigint; by: Who; on: string }
  | { report: string; on: string; percent: number; verified: boolean; by: Who }
  | { attach: string; evidence?: string; by: Who };

const step = (
  by: Who,
  code: TransitionCode,
  on: string,
  docs: readonly Doc[],
  extra?: Partial<TransitionRequest>,
): Act => ({ step: code, by, on, docs, ...(extra ? { extra } : {}) });

/** Proposal to assignment of a national project for plan year `y` (submitted the year before, Circ. 36/2013). */
export function nationalPlanning(y: number): Act[] {
  const p = y - 1;
  return [
    { attach: "DON_DE_NGHI_HO_TRO", by: "officer" },
    step("officer", "SUBMIT_BASE", `${p}-05-10`, [["CONG_VAN_DE_NGHI"]]),
    step("leader", "APPRAISE_BASE", `${p}-05-30`, [["PHIEU_THAM_DINH_4A", "DOIT_DIRECTOR"]], {
      appraisal: { result: "DAT", failedCriteria: [] },
    }),
    step("officer", "REGISTER_CENTRAL", `${p}-06-10`, [["BAO_CAO_DANG_KY"], ["BIEU_TONG_HOP_2"]]),
    step("centralLeader", "APPRAISE_CENTRAL", `${p}-10-01`, [["BIEN_BAN_THAM_DINH", "CENTRAL_AGENCY_DG"]], {
      appraisal: { result: "DAT", failedCriteria: [] },
    }),
    step("centralLeader", "APPROVE_INTO_PLAN", `${p}-12-20`, [["QD_PHE_DUYET_KE_HOACH", "MINISTER"]]),
    step("central", "ASSIGN", `${y}-01-10`, [["QD_GIAO_KE_HOACH", "CENTRAL_AGENCY_DG"]]),
  ];
}

/** Contract to start, a DoIT-verified report and the first advance (70 % of the support). */
export function nationalStart(y: number, support: bigint): Act[] {
  return [
    step("central", "SIGN_CONTRACT", `${y}-02-01`, [["HOP_DONG"]], { contractSupport: support.toString() }),
    step("officer", "START", `${y}-03-01`, [["DE_NGHI_TAM_UNG"]]),
    { report: `${y}-03`, on: `${y}-03-20`, percent: 75, verified: true, by: "officer" },
    { pay: "ADVANCE", amount: (support * 7n) / 10n, by: "central", on: `${y}-03-25` },
  ];
}

/** Completion to closing: evidence, acceptance of `accepted`, settlement, and the balance paid. */
export function nationalClosing(
  y: number,
  support: bigint,
  accepted: bigint,
  evidence: readonly string[],
): Act[] {
  return [
    step("officer", "REPORT_COMPLETION", `${y}-10-01`, [["BAO_CAO_TONG_KET"], ["BAO_CAO_KHOI_LUONG_3B"]]),
    ...evidence.map((code): Act => ({ attach: "KHAC", evidence: code, by: "officer" })),
    step("officer", "ACCEPT", `${y}-10-20`, [["BIEN_BAN_NGHIEM_THU_5A"]], {
      acceptedSpend: accepted.toString(),
    }),
    step("officer", "FILE_SETTLEMENT", `${y}-11-01`, [["HO_SO_QUYET_TOAN"]]),
    step("central", "LIQUIDATE_SETTLE", `${y}-12-15`, [["BIEN_BAN_THANH_LY_6"], ["QD_PHE_DUYET_QUYET_TOAN"]]),
    { pay: "PAYMENT", amount: accepted - (support * 7n) / 10n, by: "central", on: `${y}-12-20` },
  ];
}

/** The whole life of a national machinery project, closed by the system once paid. */
export function nationalWhole(
  y: number,
  support: bigint,
  accepted: bigint,
  evidence: readonly string[],
): Act[] {
  return [
    ...nationalPlanning(y),
    ...nationalStart(y, support),
    ...nationalClosing(y, support, accepted, evidence),
  ];
}

/** The acts of a path up to (and including) the step that reaches `code`. */
export function upTo(acts: readonly Act[], code: TransitionCode): Act[] {
  const at = acts.findIndex((act) => "step" in act && act.step === code);
  if (at < 0) throw new Error(`demo path has no step ${code}`);
  return acts.slice(0, at + 1);
}

export const adjustment = (y: number, types: string[], month = "05"): Act =>
  step(
    "officer",
    "REQUEST_ADJUSTMENT",
    `${y}-${month}-02`,
    [["VAN_BAN_DE_NGHI_DIEU_CHINH"], ["XAC_NHAN_CUA_SO"]],
    {
      adjustmentTypes: types as TransitionRequest["adjustmentTypes"],
    },
  );

export { step };
