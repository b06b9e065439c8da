import { describe, expect, it } from "vitest";
import { applyMoneyEvent, type MoneyEvent, settlementFigures } from "../money/money-ledger";
import type { DocumentRef, ProjectSnapshot, TransitionContext } from "../project.types";
import { nationalSupportNormSets } from "../support-norms/support-norms.data";
import { buildProject, documentOf, ledger, SUPPORT } from "../testing/test-projects";
import { checkTransition } from "./lifecycle";
import type { TransitionCode } from "./lifecycle.types";

/**
 * One national machinery project from proposal to closing, the way the server drives it: check the step, then
 * record its effects (new state, contract, ledger events). Dates sit under the 2014 norms.
 */
type Step = {
  code: TransitionCode;
  context: Partial<TransitionContext> & Pick<TransitionContext, "actor" | "date" | "documents">;
  after?: (project: ProjectSnapshot) => Partial<ProjectSnapshot>;
  money?: MoneyEvent[];
};

const signed = (
  kind: DocumentRef["kind"],
  authority: DocumentRef["signerAuthority"] = null,
  date = "2016-01-01",
) => ({
  ...documentOf(kind, authority),
  date,
});

const journey: Step[] = [
  {
    code: "SUBMIT_BASE",
    context: { actor: "implementer", date: "2015-05-10", documents: [signed("CONG_VAN_DE_NGHI")] },
  },
  {
    code: "APPRAISE_BASE",
    context: {
      actor: "provincialLeader",
      date: "2015-05-30",
      documents: [signed("PHIEU_THAM_DINH_4A", "DOIT_DIRECTOR")],
      appraisal: { result: "DAT", failedCriteria: [] },
    },
  },
  {
    code: "REGISTER_CENTRAL",
    context: {
      actor: "provincial",
      date: "2015-06-10",
      documents: [signed("BAO_CAO_DANG_KY"), signed("BIEU_TONG_HOP_2")],
    },
  },
  {
    code: "APPRAISE_CENTRAL",
    context: {
      actor: "centralLeader",
      date: "2015-10-01",
      documents: [signed("BIEN_BAN_THAM_DINH", "CENTRAL_AGENCY_DG")],
      appraisal: { result: "DAT", failedCriteria: [] },
    },
  },
  {
    code: "APPROVE_INTO_PLAN",
    context: {
      actor: "centralLeader",
      date: "2015-12-20",
      documents: [signed("QD_PHE_DUYET_KE_HOACH", "MINISTER")],
    },
  },
  {
    code: "ASSIGN",
    context: {
      actor: "central",
      date: "2016-01-10",
      documents: [signed("QD_GIAO_KE_HOACH", "CENTRAL_AGENCY_DG")],
    },
  },
  {
    code: "SIGN_CONTRACT",
    context: {
      actor: "central",
      date: "2016-02-01",
      documents: [signed("HOP_DONG")],
      contractSupport: SUPPORT,
    },
    after: () => ({ contract: { signedOn: "2016-02-01", kcSupport: SUPPORT }, money: ledger() }),
  },
  {
    code: "START",
    context: { actor: "implementer", date: "2016-04-01", documents: [signed("DE_NGHI_TAM_UNG")] },
    money: [{ type: "DISBURSE", amount: 100_000_000n }],
  },
  {
    code: "REQUEST_ADJUSTMENT",
    context: {
      actor: "implementer",
      date: "2016-05-01",
      documents: [signed("VAN_BAN_DE_NGHI_DIEU_CHINH")],
      adjustmentTypes: ["DOI_DIA_DIEM"],
    },
    after: () => ({ pendingAdjustment: ["DOI_DIA_DIEM"] }),
  },
  {
    code: "APPROVE_ADJUSTMENT",
    context: {
      actor: "centralLeader",
      date: "2016-05-20",
      documents: [signed("PHU_LUC_HOP_DONG", "CENTRAL_AGENCY_DG")],
    },
    after: () => ({ pendingAdjustment: null }),
  },
  {
    code: "REPORT_COMPLETION",
    context: {
      actor: "implementer",
      date: "2016-10-01",
      documents: [signed("BAO_CAO_TONG_KET"), signed("BAO_CAO_KHOI_LUONG_3B")],
    },
  },
  {
    code: "ACCEPT",
    context: {
      actor: "provincial",
      date: "2016-10-20",
      documents: [signed("BIEN_BAN_NGHIEM_THU_5A")],
      acceptedSpend: 140_000_000n,
    },
    after: () => ({ lastAcceptanceOn: "2016-10-20" }),
    money: [{ type: "ACCEPT", acceptedSpend: 140_000_000n }],
  },
  {
    code: "FILE_SETTLEMENT",
    context: { actor: "implementer", date: "2016-11-01", documents: [signed("HO_SO_QUYET_TOAN")] },
  },
  {
    code: "LIQUIDATE_SETTLE",
    context: {
      actor: "central",
      date: "2016-12-15",
      documents: [signed("BIEN_BAN_THANH_LY_6"), signed("QD_PHE_DUYET_QUYET_TOAN", null)],
    },
    money: [{ type: "SETTLE" }, { type: "DISBURSE", amount: 40_000_000n }],
  },
  { code: "CLOSE", context: { actor: "system", date: "2016-12-20", documents: [] } },
];

describe("a national project from proposal to closing", () => {
  it("passes every step with its documents, and every đồng reconciles", () => {
    let project = buildProject({ planYear: 2016 });
    for (const step of journey) {
      const result = checkTransition(project, step.code, {
        normSets: nationalSupportNormSets,
        ...step.context,
      });
      expect(result.ok ? [] : result.reasons.map((r) => r.messageVi), step.code).toEqual([]);
      if (!result.ok) return;
      expect(result.warnings, step.code).toEqual([]);
      project = { ...project, status: result.to, ...step.after?.(project) };
      for (const event of step.money ?? []) {
        if (!project.money) throw new Error("no ledger");
        const applied = applyMoneyEvent(project.money, event);
        expect(applied.violations, `${step.code} ${event.type}`).toEqual([]);
        project = { ...project, money: applied.ledger };
      }
    }
    expect(project.status).toBe("CLOSED");
    expect(project.money && settlementFigures(project.money)).toEqual({
      settled: 140_000_000n,
      disbursed: 140_000_000n,
      refundDue: 0n,
      stillPayable: 0n,
      refundOutstanding: 0n,
    });
  });
});
