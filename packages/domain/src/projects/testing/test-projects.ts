import { advanceRulesFor, type MoneyLedger, newLedger } from "../money/money-ledger";
import type { AuthorityLevel } from "../project.constants";
import type { DocumentRef, EstimateLine, ProjectSnapshot } from "../project.types";

/**
 * Builders for the project tests (not exported from the package): a machinery project that satisfies every
 * guard unless a test overrides a field.
 */

/** Two machines of 150 m each: 300 m, half paid by KC funds (cap c: 50 % and 200 m per establishment). */
export const machineLine: EstimateLine = {
  id: "L1",
  item: "Máy sấy nông sản",
  spendingCategory: "MO_HINH_CONG_NGHE",
  normCode: "c",
  capUnits: 1,
  quantity: "2",
  unitPrice: 150_000_000n,
  kcAmount: 150_000_000n,
  counterpartAmount: 150_000_000n,
  otherAmount: 0n,
};

export const SUPPORT = 150_000_000n;

export function buildProject(overrides: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return {
    status: "DRAFT",
    kind: "DE_AN_DON_LE",
    fundingLevel: "KCQG",
    provinceId: null,
    planYear: 2025,
    selectionMethod: "XET_CHON",
    activities: ["MAY_MOC_THIET_BI"],
    implementerIsBeneficiary: false,
    directRouteAllowed: false,
    singleProvince: false,
    registeredByDoit: false,
    biddingWaived: false,
    priorityMultiplierBps: null,
    estimateLines: [machineLine],
    documentsOnFile: ["DON_DE_NGHI_HO_TRO"],
    evidenceOnFile: ["HD_MUA_BAN", "BB_NGHIEM_THU_THANH_LY"],
    contract: null,
    implementationPlan: null,
    pendingAdjustment: null,
    lastAcceptanceOn: null,
    verifiedProgressPct: null,
    money: null,
    ...overrides,
  };
}

export function ledger(overrides: Partial<MoneyLedger> = {}): MoneyLedger {
  return { ...newLedger(SUPPORT, advanceRulesFor(["MAY_MOC_THIET_BI"])), ...overrides };
}

export function documentOf(
  kind: DocumentRef["kind"],
  signerAuthority: AuthorityLevel | null = null,
): DocumentRef {
  return { kind, number: "01/QĐ", date: "2024-05-01", signer: "Nguyễn Văn An", signerAuthority };
}
