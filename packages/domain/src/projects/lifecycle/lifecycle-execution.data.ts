import { acceptanceMinuteKinds, documentRequirement as doc } from "../documents/documents.constants";
import type { LevelRule, Transition } from "./lifecycle.types";

/**
 * From contract to closing (DOMAIN §4.2 bottom half, §3.4 Art. 11–19, §9.3 rules 5–8). Same confidence
 * convention as `lifecycle-planning.data.ts`. KCĐP uses the same steps with the DoIT and the provincial People's
 * Committee where the national flow has the central agency and the Minister (§9.3 rule 9, 🟡).
 */
const CIRC_36 = "Thông tư 36/2013/TT-BCT";

/** Decisions the Minister takes for KCQG (Art. 11) and, by analogy, the provincial PC Chair for KCĐP. */
const TOP_DECISION: Partial<Record<"KCQG" | "KCDP", LevelRule>> = {
  KCQG: { actors: ["centralLeader"], authority: "MINISTER" },
  KCDP: { actors: ["provincialLeader"], authority: "PROVINCIAL_PC_CHAIR" },
};

/** Adjustment answers: the approver depends on the change (adjustment.ts), so the guard checks the signer. */
const ADJUSTMENT_DECIDERS: Partial<Record<"KCQG" | "KCDP", LevelRule>> = {
  // The DoIT decides location, partner and beneficiary changes of the group projects it registered.
  KCQG: { actors: ["centralLeader", "provincialLeader"] },
  KCDP: { actors: ["provincialLeader"] },
};

/** The fund manager records contract-side steps: the central agency for KCQG, the DoIT or centre for KCĐP. */
const FUND_MANAGER: Partial<Record<"KCQG" | "KCDP", LevelRule>> = {
  KCQG: { actors: ["central"] },
  KCDP: { actors: ["provincial"] },
};

export const executionTransitions: readonly Transition[] = [
  {
    code: "START",
    labelVi: "Bắt đầu triển khai (tạm ứng lần đầu hoặc báo cáo khởi động)",
    from: ["CONTRACTED"],
    to: "IN_PROGRESS",
    levels: { KCQG: { actors: ["implementer", "central"] }, KCDP: { actors: ["implementer", "provincial"] } },
    documents: [doc(["DE_NGHI_TAM_UNG", "BAO_CAO_TIEN_DO_3A"])],
    guards: ["REQUIRES_CONTRACT"],
    basis: `${CIRC_36}, Điều 13, 23`,
    confidence: "CONFIRMED",
  },
  {
    code: "REQUEST_ADJUSTMENT",
    labelVi: "Đề nghị điều chỉnh, bổ sung, gia hạn hoặc ngừng",
    from: ["IN_PROGRESS"],
    to: "ADJUSTMENT_PENDING",
    levels: { KCQG: { actors: ["implementer"] }, KCDP: { actors: ["implementer"] } },
    documents: [doc(["VAN_BAN_DE_NGHI_DIEU_CHINH"])],
    guards: ["REQUIRES_ADJUSTMENT_TYPES", "REQUIRES_DOIT_CONFIRMATION"],
    basis: `${CIRC_36}, Điều 11, 21.2.b`,
    confidence: "CONFIRMED",
  },
  {
    code: "APPROVE_ADJUSTMENT",
    labelVi: "Chấp thuận điều chỉnh",
    from: ["ADJUSTMENT_PENDING"],
    to: "IN_PROGRESS",
    levels: ADJUSTMENT_DECIDERS,
    documents: [doc(["QD_DIEU_CHINH", "PHU_LUC_HOP_DONG"])],
    guards: ["PENDING_REQUEST_IS_CHANGE", "ADJUSTMENT_APPROVER_LEVEL"],
    basis: `${CIRC_36}, Điều 11`,
    confidence: "CONFIRMED",
  },
  {
    code: "REFUSE_ADJUSTMENT",
    labelVi: "Không chấp thuận đề nghị điều chỉnh",
    from: ["ADJUSTMENT_PENDING"],
    to: "IN_PROGRESS",
    levels: ADJUSTMENT_DECIDERS,
    documents: [doc(["VAN_BAN_TRA_LOI"], true)],
    guards: ["ADJUSTMENT_APPROVER_LEVEL"],
    basis: `${CIRC_36}, Điều 11`,
    confidence: "CONFIRMED",
  },
  {
    code: "STOP",
    labelVi: "Quyết định ngừng triển khai theo đề nghị",
    from: ["ADJUSTMENT_PENDING"],
    to: "STOPPED",
    levels: TOP_DECISION,
    documents: [doc(["QD_NGUNG"], true)],
    guards: ["PENDING_REQUEST_IS_STOP"],
    basis: `${CIRC_36}, Điều 11`,
    confidence: "CONFIRMED",
  },
  {
    // DOMAIN draws this from IN_PROGRESS only; CONTRACTED and CARRIED_OVER are added (🟡) so that a project
    // whose work never starts, or stalls after an extension, can still be stopped and settled.
    code: "STOP_FOR_VIOLATION",
    labelVi: "Ngừng đề án vi phạm hoặc không đáp ứng yêu cầu",
    from: ["CONTRACTED", "IN_PROGRESS", "CARRIED_OVER"],
    to: "STOPPED",
    levels: TOP_DECISION,
    documents: [doc(["QD_NGUNG"], true)],
    guards: [],
    basis: `${CIRC_36}, Điều 11`,
    confidence: "SECONDARY",
  },
  {
    // Either straight from the Minister, or as the answer to an extension request.
    code: "CARRY_OVER",
    labelVi: "Gia hạn thực hiện sang năm sau",
    from: ["IN_PROGRESS", "ADJUSTMENT_PENDING"],
    to: "CARRIED_OVER",
    levels: TOP_DECISION,
    documents: [doc(["QD_GIA_HAN"], true)],
    guards: ["PENDING_REQUEST_IS_EXTENSION"],
    basis: `${CIRC_36}, Điều 11; Nghị định 45/2012/NĐ-CP, Điều 14.4`,
    confidence: "CONFIRMED",
  },
  {
    // Which document reopens a carried-over project is not stated (🟡): next year's assignment or notice,
    // or simply the first progress report of the new year.
    code: "RESUME",
    labelVi: "Tiếp tục triển khai trong năm sau",
    from: ["CARRIED_OVER"],
    to: "IN_PROGRESS",
    levels: { KCQG: { actors: ["implementer", "central"] }, KCDP: { actors: ["implementer", "provincial"] } },
    documents: [doc(["QD_GIAO_KE_HOACH", "THONG_BAO", "BAO_CAO_TIEN_DO_3A"])],
    guards: ["REQUIRES_CONTRACT"],
    basis: "Nghị định 45/2012/NĐ-CP, Điều 14.4",
    confidence: "SECONDARY",
  },
  {
    code: "REPORT_COMPLETION",
    labelVi: "Báo cáo hoàn thành, đề nghị nghiệm thu",
    from: ["IN_PROGRESS"],
    to: "COMPLETED_PENDING_ACCEPTANCE",
    levels: { KCQG: { actors: ["implementer"] }, KCDP: { actors: ["implementer"] } },
    documents: [doc(["BAO_CAO_TONG_KET"]), doc(["BAO_CAO_KHOI_LUONG_3B"])],
    guards: [],
    basis: `${CIRC_36}, Điều 23 (báo cáo kết quả, Mẫu 3b)`,
    confidence: "CONFIRMED",
  },
  {
    // The DoIT organises base acceptance; the central agency accepts its own projects (Form 5c).
    code: "ACCEPT",
    labelVi: "Nghiệm thu cơ sở",
    from: ["COMPLETED_PENDING_ACCEPTANCE"],
    to: "ACCEPTED",
    levels: { KCQG: { actors: ["provincial", "central"] }, KCDP: { actors: ["provincial"] } },
    documents: [doc(acceptanceMinuteKinds)],
    guards: ["REQUIRES_ACCEPTANCE_EVIDENCE", "REQUIRES_ACCEPTED_SPEND"],
    basis: `${CIRC_36}, Điều 14, 21.1 (Mẫu 5a/5b/5c)`,
    confidence: "CONFIRMED",
  },
  {
    code: "FILE_SETTLEMENT",
    labelVi: "Lập hồ sơ quyết toán",
    from: ["ACCEPTED"],
    to: "SETTLEMENT_FILED",
    levels: { KCQG: { actors: ["implementer"] }, KCDP: { actors: ["implementer"] } },
    documents: [doc(["HO_SO_QUYET_TOAN"])],
    guards: ["REQUIRES_ACCEPTED_SPEND", "SETTLEMENT_DOSSIER_ON_TIME"],
    basis: `${CIRC_36}, Điều 17, 18 (trong 15 ngày sau nghiệm thu; Mẫu 7, 8a/8b, 9)`,
    confidence: "CONFIRMED",
  },
  {
    // The server records the settlement in the money ledger (`settle`) in the same transaction.
    code: "LIQUIDATE_SETTLE",
    labelVi: "Thanh lý hợp đồng và phê duyệt quyết toán",
    from: ["SETTLEMENT_FILED"],
    to: "LIQUIDATED_SETTLED",
    levels: FUND_MANAGER,
    documents: [doc(["BIEN_BAN_THANH_LY_6"]), doc(["QD_PHE_DUYET_QUYET_TOAN"])],
    guards: ["REQUIRES_ACCEPTED_SPEND", "LIQUIDATION_ON_TIME"],
    basis: `${CIRC_36}, Điều 17–19 (Mẫu 6; chậm nhất 22/01 năm sau)`,
    confidence: "CONFIRMED",
  },
  {
    code: "SETTLE_PARTIAL",
    labelVi: "Quyết toán theo khối lượng thực hiện",
    from: ["STOPPED"],
    to: "PARTIALLY_SETTLED",
    levels: FUND_MANAGER,
    documents: [doc(["BIEN_BAN_XAC_NHAN_KHOI_LUONG"]), doc(["QD_PHE_DUYET_QUYET_TOAN"])],
    guards: ["REQUIRES_ACCEPTED_SPEND"],
    basis: `${CIRC_36}, Điều 12.6, 18`,
    confidence: "CONFIRMED",
  },
  {
    // No new document: closing only states that the settlement and the refund vouchers already on file
    // reconcile every đồng (the guard checks the ledger).
    code: "CLOSE",
    labelVi: "Kết thúc đề án",
    from: ["LIQUIDATED_SETTLED", "PARTIALLY_SETTLED"],
    to: "CLOSED",
    levels: { KCQG: { actors: ["central", "system"] }, KCDP: { actors: ["provincial", "system"] } },
    documents: [],
    guards: ["MONEY_RECONCILED"],
    basis: `${CIRC_36}, Điều 12.6 (hoàn trả kinh phí)`,
    confidence: "CONFIRMED",
  },
];
