import { describe, expect, it } from "vitest";
import { guards } from "./guards";
import { findTransition } from "./lifecycle";
import { type GuardCode, guardCodes, type Severity, type TransitionCode } from "./lifecycle.types";
import type { ProjectSnapshot, TransitionContext } from "./project.types";
import { nationalSupportNormSets } from "./support-norms.data";
import { buildProject, documentOf, ledger, machineLine, SUPPORT } from "./test-projects";

const baseContext: TransitionContext = {
  actor: "implementer",
  date: "2024-05-01",
  documents: [],
  normSets: nationalSupportNormSets,
};

type Case = {
  guard: GuardCode;
  label: string;
  project?: Partial<ProjectSnapshot>;
  context?: Partial<TransitionContext>;
  /** The step whose documents the guard looks at, when it matters. */
  step?: TransitionCode;
  /** Severities of the findings, in order; [] means the guard passes. */
  expect: Severity[];
};

/** Approval dates under the 2014 norms; under the (empty) 2018 set caps can only warn. */
const IN_2016 = { date: "2016-06-01" };
const settled = ledger({ disbursements: [SUPPORT], acceptedSpend: SUPPORT, settledAmount: SUPPORT });
const overpaid = ledger({
  disbursements: [SUPPORT],
  acceptedSpend: 100_000_000n,
  settledAmount: 100_000_000n,
});
const underpaid = ledger({ disbursements: [100_000_000n], acceptedSpend: SUPPORT, settledAmount: SUPPORT });
const adjustmentDecision = (authority: "MINISTER" | "CENTRAL_AGENCY_DG" | "DOIT_DIRECTOR") => ({
  documents: [documentOf("QD_DIEU_CHINH", authority)],
});

const cases: Case[] = [
  { guard: "REQUIRES_ESTIMATE", label: "a consistent estimate", expect: [] },
  { guard: "REQUIRES_ESTIMATE", label: "no estimate", project: { estimateLines: [] }, expect: ["BLOCK"] },
  {
    guard: "REQUIRES_ESTIMATE",
    label: "sources that do not add up",
    project: { estimateLines: [{ ...machineLine, otherAmount: 1n }] },
    expect: ["BLOCK"],
  },
  { guard: "REQUIRES_BENEFICIARY_REQUEST", label: "the request on file", expect: [] },
  {
    guard: "REQUIRES_BENEFICIARY_REQUEST",
    label: "no request",
    project: { documentsOnFile: [] },
    expect: ["BLOCK"],
  },
  {
    guard: "REQUIRES_BENEFICIARY_REQUEST",
    label: "the request filed with the step",
    project: { documentsOnFile: [] },
    context: { documents: [documentOf("DON_DE_NGHI_HO_TRO")] },
    expect: [],
  },
  {
    guard: "REQUIRES_BENEFICIARY_REQUEST",
    label: "implementer = beneficiary",
    project: { documentsOnFile: [], implementerIsBeneficiary: true },
    expect: [],
  },
  {
    guard: "REQUIRES_BENEFICIARY_REQUEST",
    label: "a group project",
    project: { documentsOnFile: [], kind: "DE_AN_NHOM" },
    expect: [],
  },
  { guard: "BEFORE_BASE_DEADLINE", label: "19 May", context: { date: "2024-05-19" }, expect: [] },
  { guard: "BEFORE_BASE_DEADLINE", label: "20 May", context: { date: "2024-05-20" }, expect: ["BLOCK"] },
  {
    guard: "BEFORE_BASE_DEADLINE",
    label: "a returned dossier",
    project: { status: "RETURNED" },
    context: { date: "2024-07-01" },
    expect: [],
  },
  {
    guard: "BEFORE_BASE_DEADLINE",
    label: "a deadline moved by the DoIT",
    context: { date: "2024-05-25", deadlines: { baseSubmissionBefore: "2024-05-31" } },
    expect: [],
  },
  {
    guard: "BEFORE_BASE_DEADLINE",
    label: "KCĐP without a configured deadline",
    project: { fundingLevel: "KCDP" },
    context: { date: "2024-12-01" },
    expect: [],
  },
  { guard: "BEFORE_CENTRAL_DEADLINE", label: "14 June", context: { date: "2024-06-14" }, expect: [] },
  { guard: "BEFORE_CENTRAL_DEADLINE", label: "15 June", context: { date: "2024-06-15" }, expect: ["BLOCK"] },
  {
    guard: "DIRECT_ROUTE_ALLOWED",
    label: "a regional centre",
    project: { directRouteAllowed: true },
    expect: [],
  },
  { guard: "DIRECT_ROUTE_ALLOWED", label: "a provincial unit", expect: ["BLOCK"] },
  {
    guard: "APPRAISAL_PASSED",
    label: "Đạt",
    context: { appraisal: { result: "DAT", failedCriteria: [] } },
    expect: [],
  },
  { guard: "APPRAISAL_PASSED", label: "no appraisal", expect: ["BLOCK"] },
  {
    guard: "APPRAISAL_PASSED",
    label: "Đạt with a failed criterion",
    context: { appraisal: { result: "DAT", failedCriteria: ["HO_SO_DAY_DU"] } },
    expect: ["BLOCK"],
  },
  {
    guard: "APPRAISAL_PASSED",
    label: "Bổ sung",
    context: { appraisal: { result: "BO_SUNG", failedCriteria: [] } },
    expect: ["BLOCK"],
  },
  {
    guard: "APPRAISAL_FAILED",
    label: "Không đạt",
    context: { appraisal: { result: "KHONG_DAT", failedCriteria: [] } },
    expect: [],
  },
  {
    guard: "APPRAISAL_FAILED",
    label: "Đạt",
    context: { appraisal: { result: "DAT", failedCriteria: [] } },
    expect: ["BLOCK"],
  },
  { guard: "ESTIMATE_WITHIN_CAPS", label: "a line at its cap (2016)", context: IN_2016, expect: [] },
  {
    guard: "ESTIMATE_WITHIN_CAPS",
    label: "a line above its cap (2016)",
    context: IN_2016,
    project: { estimateLines: [{ ...machineLine, kcAmount: 150_000_001n, counterpartAmount: 149_999_999n }] },
    expect: ["BLOCK"],
  },
  {
    guard: "ESTIMATE_WITHIN_CAPS",
    label: "a line above the plain cap but within the priority cap (2016)",
    context: IN_2016,
    project: {
      estimateLines: [
        { ...machineLine, quantity: "10", kcAmount: 300_000_000n, counterpartAmount: 1_200_000_000n },
      ],
      priorityMultiplierBps: 15_000,
    },
    expect: [],
  },
  {
    guard: "ESTIMATE_WITHIN_CAPS",
    label: "an approval under the empty 2018 set",
    context: { date: "2019-06-01" },
    expect: ["WARN"],
  },
  {
    guard: "ESTIMATE_WITHIN_CAPS",
    label: "no norm set configured",
    context: { normSets: [] },
    expect: ["WARN"],
  },
  {
    guard: "ESTIMATE_WITHIN_CAPS",
    label: "lines under general norms",
    project: {
      estimateLines: [{ ...machineLine, normCode: null, kcAmount: 300_000_000n, counterpartAmount: 0n }],
    },
    expect: [],
  },
  { guard: "GROUP_PROJECT_ONLY", label: "a group project", project: { kind: "DE_AN_NHOM" }, expect: [] },
  { guard: "GROUP_PROJECT_ONLY", label: "a single project", expect: ["BLOCK"] },
  { guard: "REQUIRES_IMPLEMENTATION_PLAN", label: "a single project", expect: [] },
  {
    guard: "REQUIRES_IMPLEMENTATION_PLAN",
    label: "a group project without plan",
    project: { kind: "DE_AN_NHOM" },
    expect: ["BLOCK"],
  },
  {
    guard: "REQUIRES_IMPLEMENTATION_PLAN",
    label: "a group plan approved but not sent to the agency",
    project: { kind: "DE_AN_NHOM", implementationPlan: { approvedOn: "2024-03-01", sentToCentralOn: null } },
    expect: ["BLOCK"],
  },
  {
    guard: "REQUIRES_IMPLEMENTATION_PLAN",
    label: "a group plan approved and sent",
    project: {
      kind: "DE_AN_NHOM",
      implementationPlan: { approvedOn: "2024-03-01", sentToCentralOn: "2024-03-05" },
    },
    expect: [],
  },
  { guard: "BIDDING_APPLIES", label: "selection on merit", expect: ["BLOCK"] },
  { guard: "BIDDING_APPLIES", label: "bidding chosen", project: { selectionMethod: "DAU_THAU" }, expect: [] },
  {
    guard: "BIDDING_APPLIES",
    label: "a fair (bidding-mandatory)",
    project: { activities: ["TO_CHUC_HOI_CHO"] },
    expect: [],
  },
  { guard: "REQUIRES_BID_RESULT", label: "selection on merit", expect: [] },
  {
    guard: "REQUIRES_BID_RESULT",
    label: "CCN infrastructure",
    project: { activities: ["HA_TANG_CCN"] },
    expect: ["BLOCK"],
  },
  {
    guard: "REQUIRES_BID_RESULT",
    label: "media flagged as not fit for bidding",
    project: { activities: ["TRUYEN_THONG"], biddingWaived: true },
    expect: [],
  },
  {
    guard: "CONTRACT_WITHIN_APPROVED_SUPPORT",
    label: "the approved amount",
    context: { contractSupport: SUPPORT },
    expect: [],
  },
  {
    guard: "CONTRACT_WITHIN_APPROVED_SUPPORT",
    label: "one đồng more",
    context: { contractSupport: SUPPORT + 1n },
    expect: ["BLOCK"],
  },
  { guard: "CONTRACT_WITHIN_APPROVED_SUPPORT", label: "no amount", expect: ["BLOCK"] },
  { guard: "REQUIRES_CONTRACT", label: "no contract", expect: ["BLOCK"] },
  {
    guard: "REQUIRES_CONTRACT",
    label: "a contract",
    project: { contract: { signedOn: "2024-03-01", kcSupport: SUPPORT } },
    expect: [],
  },
  {
    guard: "REQUIRES_ADJUSTMENT_TYPES",
    label: "a type",
    context: { adjustmentTypes: ["DOI_DIA_DIEM"] },
    expect: [],
  },
  {
    guard: "REQUIRES_ADJUSTMENT_TYPES",
    label: "no type",
    context: { adjustmentTypes: [] },
    expect: ["BLOCK"],
  },
  { guard: "REQUIRES_DOIT_CONFIRMATION", label: "a multi-province project", expect: [] },
  {
    guard: "REQUIRES_DOIT_CONFIRMATION",
    label: "a single-province project",
    project: { singleProvince: true },
    expect: ["BLOCK"],
  },
  {
    guard: "REQUIRES_DOIT_CONFIRMATION",
    label: "a single-province project with the DoIT's letter",
    project: { singleProvince: true },
    context: { documents: [documentOf("XAC_NHAN_CUA_SO")] },
    expect: [],
  },
  {
    guard: "ADJUSTMENT_APPROVER_LEVEL",
    label: "nothing pending",
    step: "APPROVE_ADJUSTMENT",
    expect: ["BLOCK"],
  },
  {
    guard: "ADJUSTMENT_APPROVER_LEVEL",
    label: "a location change decided by the agency DG",
    project: { pendingAdjustment: ["DOI_DIA_DIEM"] },
    context: adjustmentDecision("CENTRAL_AGENCY_DG"),
    step: "APPROVE_ADJUSTMENT",
    expect: [],
  },
  {
    guard: "ADJUSTMENT_APPROVER_LEVEL",
    label: "a budget increase decided by the agency DG",
    project: { pendingAdjustment: ["TANG_KINH_PHI"] },
    context: adjustmentDecision("CENTRAL_AGENCY_DG"),
    step: "APPROVE_ADJUSTMENT",
    expect: ["BLOCK"],
  },
  {
    guard: "ADJUSTMENT_APPROVER_LEVEL",
    label: "a DoIT-registered group project's location change decided by the DoIT",
    project: { pendingAdjustment: ["DOI_DIA_DIEM"], kind: "DE_AN_NHOM", registeredByDoit: true },
    context: adjustmentDecision("DOIT_DIRECTOR"),
    step: "APPROVE_ADJUSTMENT",
    expect: [],
  },
  {
    guard: "ADJUSTMENT_APPROVER_LEVEL",
    label: "a refusal signed by the DoIT for a national change",
    project: { pendingAdjustment: ["DOI_DIA_DIEM"] },
    context: { documents: [documentOf("VAN_BAN_TRA_LOI", "DOIT_DIRECTOR")] },
    step: "REFUSE_ADJUSTMENT",
    expect: ["BLOCK"],
  },
  {
    guard: "PENDING_REQUEST_IS_CHANGE",
    label: "a location change",
    project: { pendingAdjustment: ["DOI_DIA_DIEM"] },
    expect: [],
  },
  {
    guard: "PENDING_REQUEST_IS_CHANGE",
    label: "a stop request",
    project: { pendingAdjustment: ["NGUNG_DE_AN"] },
    expect: ["BLOCK"],
  },
  { guard: "PENDING_REQUEST_IS_CHANGE", label: "nothing pending", expect: ["BLOCK"] },
  {
    guard: "PENDING_REQUEST_IS_STOP",
    label: "a stop request",
    project: { pendingAdjustment: ["NGUNG_DE_AN"] },
    expect: [],
  },
  {
    guard: "PENDING_REQUEST_IS_STOP",
    label: "a location change",
    project: { pendingAdjustment: ["DOI_DIA_DIEM"] },
    expect: ["BLOCK"],
  },
  {
    guard: "PENDING_REQUEST_IS_EXTENSION",
    label: "an extension request",
    project: { status: "ADJUSTMENT_PENDING", pendingAdjustment: ["GIA_HAN_NAM_SAU"] },
    expect: [],
  },
  {
    guard: "PENDING_REQUEST_IS_EXTENSION",
    label: "another pending request",
    project: { status: "ADJUSTMENT_PENDING", pendingAdjustment: ["DOI_DIA_DIEM"] },
    expect: ["BLOCK"],
  },
  {
    guard: "PENDING_REQUEST_IS_EXTENSION",
    label: "a direct extension from implementation",
    project: { status: "IN_PROGRESS" },
    expect: [],
  },
  { guard: "REQUIRES_ACCEPTANCE_EVIDENCE", label: "the machinery evidence", expect: [] },
  {
    guard: "REQUIRES_ACCEPTANCE_EVIDENCE",
    label: "a missing liquidation minute",
    project: { evidenceOnFile: ["HD_MUA_BAN"] },
    expect: ["BLOCK"],
  },
  {
    guard: "REQUIRES_ACCEPTANCE_EVIDENCE",
    label: "a capacity task with no list",
    project: { activities: ["NANG_LUC_KHUYEN_CONG"], evidenceOnFile: [] },
    expect: [],
  },
  {
    guard: "REQUIRES_ACCEPTED_SPEND",
    label: "an accepted value",
    context: { acceptedSpend: SUPPORT },
    expect: [],
  },
  { guard: "REQUIRES_ACCEPTED_SPEND", label: "no value", expect: ["BLOCK"] },
  {
    guard: "REQUIRES_ACCEPTED_SPEND",
    label: "a negative value",
    context: { acceptedSpend: -1n },
    expect: ["BLOCK"],
  },
  {
    guard: "REQUIRES_ACCEPTED_SPEND",
    label: "a value above the contract",
    project: { money: ledger() },
    context: { acceptedSpend: SUPPORT + 1n },
    expect: ["WARN"],
  },
  {
    guard: "REQUIRES_ACCEPTED_SPEND",
    label: "a value already in the ledger",
    project: { money: ledger({ acceptedSpend: 1n }) },
    expect: [],
  },
  {
    guard: "SETTLEMENT_DOSSIER_ON_TIME",
    label: "day 15",
    project: { lastAcceptanceOn: "2024-04-16" },
    expect: [],
  },
  {
    guard: "SETTLEMENT_DOSSIER_ON_TIME",
    label: "day 16",
    project: { lastAcceptanceOn: "2024-04-15" },
    expect: ["WARN"],
  },
  {
    guard: "LIQUIDATION_ON_TIME",
    label: "22 January",
    project: { lastAcceptanceOn: "2023-11-30" },
    context: { date: "2024-01-22" },
    expect: [],
  },
  {
    guard: "LIQUIDATION_ON_TIME",
    label: "23 January",
    project: { lastAcceptanceOn: "2023-11-30" },
    context: { date: "2024-01-23" },
    expect: ["WARN"],
  },
  { guard: "MONEY_RECONCILED", label: "no money moved", expect: [] },
  { guard: "MONEY_RECONCILED", label: "settled and paid", project: { money: settled }, expect: [] },
  {
    guard: "MONEY_RECONCILED",
    label: "not settled",
    project: { money: ledger({ acceptedSpend: SUPPORT }) },
    expect: ["BLOCK"],
  },
  {
    guard: "MONEY_RECONCILED",
    label: "a refund outstanding",
    project: { money: overpaid },
    expect: ["BLOCK"],
  },
  {
    guard: "MONEY_RECONCILED",
    label: "a refund paid",
    project: { money: { ...overpaid, refunded: 50_000_000n } },
    expect: [],
  },
  {
    guard: "MONEY_RECONCILED",
    label: "a balance still payable",
    project: { money: underpaid },
    expect: ["BLOCK"],
  },
];

describe("guards", () => {
  it("has a pass and a failure case for every guard", () => {
    for (const code of guardCodes) {
      const mine = cases.filter((c) => c.guard === code);
      expect(
        mine.some((c) => c.expect.length === 0),
        `${code} passes somewhere`,
      ).toBe(true);
      expect(
        mine.some((c) => c.expect.length > 0),
        `${code} fails somewhere`,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.guard, c.label, c] as const))("%s — %s", (_code, _label, c) => {
    const step = findTransition(c.step ?? "SUBMIT_BASE");
    if (!step) throw new Error("missing step");
    const project = buildProject(c.project);
    const findings = guards[c.guard](project, { ...baseContext, ...c.context }, step);
    expect(findings.map((f) => f.severity)).toEqual(c.expect);
    for (const found of findings) expect(found.messageVi.length).toBeGreaterThan(10);
  });
});
