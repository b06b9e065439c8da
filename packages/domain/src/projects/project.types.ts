import type { IsoDate } from "../reference/types";
import type { DocumentKind } from "./documents/documents.constants";
import type { WorkflowProfile } from "./lifecycle/lifecycle.types";
import type { EstimateLine } from "./money/estimate-line";
import type { MoneyLedger } from "./money/money-ledger";
import type {
  ActorKind,
  AdjustmentType,
  AppraisalCriterion,
  AppraisalResult,
  AuthorityLevel,
  FundingLevel,
  ProjectKind,
  ProjectStatus,
  SelectionMethod,
} from "./project.constants";
import type { EvidenceCode, SupportActivity } from "./support-norms/support-activities.data";
import type { SupportNormSet } from "./support-norms/support-norms";

// The estimate line is money's own shape (money/estimate-line.ts), so money.ts needs nothing from this file.
export type { EstimateLine };

/**
 * What the pure rules read. The server builds these from its rows; money is exact `bigint` đồng here and
 * decimal strings at the API edge (`dong.ts`).
 */

/** A backing document as filed with a step (DOMAIN §9.1 Decision). The file itself is the server's business. */
export type DocumentRef = {
  kind: DocumentKind;
  number: string | null;
  date: IsoDate | null;
  signer: string | null;
  /** Level of whoever signed it; needed where a step or an adjustment has a required approver. */
  signerAuthority: AuthorityLevel | null;
};

/** The project as the guards see it, before the step. */
export type ProjectSnapshot = {
  status: ProjectStatus;
  kind: ProjectKind;
  fundingLevel: FundingLevel;
  /** Province of a KCĐP project (its norms and workflow are the province's); null for KCQG. */
  provinceId: string | null;
  planYear: number;
  selectionMethod: SelectionMethod;
  activities: readonly SupportActivity[];
  /** Implementer and beneficiary are one organisation: no beneficiary request letter needed (E11). */
  implementerIsBeneficiary: boolean;
  /** Regional KC centre or unit working across provinces: may file straight with the central agency. */
  directRouteAllowed: boolean;
  /** Carried out in one province: adjustment requests need the DoIT's confirmation (Art. 11, 21.2.b). */
  singleProvince: boolean;
  /** Registered and base-appraised by a DoIT; for group projects the DoIT decides some changes (Art. 11). */
  registeredByDoit: boolean;
  /** Bidding-mandatory content flagged "không đủ điều kiện đấu thầu" with an approved price (§9.3 rule 4). */
  biddingWaived: boolean;
  /** Priority multiplier approved by MOIT, in basis points (15 000 = ×1.5); null when none. */
  priorityMultiplierBps: number | null;
  estimateLines: readonly EstimateLine[];
  /** Kinds of the documents already on file from earlier steps. */
  documentsOnFile: readonly DocumentKind[];
  /** Acceptance evidence already on file (DOMAIN §5, last column). */
  evidenceOnFile: readonly EvidenceCode[];
  contract: { signedOn: IsoDate; kcSupport: bigint } | null;
  /** Group projects: the Form 11 plan approved by the DoIT and sent to the central agency (§9.3 rule 3). */
  implementationPlan: { approvedOn: IsoDate; sentToCentralOn: IsoDate | null } | null;
  /** Types of the adjustment request waiting for a decision; null when none is pending. */
  pendingAdjustment: readonly AdjustmentType[] | null;
  /** Last base acceptance of the contract: the settlement dossier is due 15 days later. */
  lastAcceptanceOn: IsoDate | null;
  /** Latest DoIT-verified share of work done, in percent, for advances that need work done first. */
  verifiedProgressPct: number | null;
  /** Money sub-ledger; null until a contract exists. */
  money: MoneyLedger | null;
};

/** Plan-building deadlines of one plan year: the step must happen before (not on) these days. */
export type PlanDeadlines = { baseSubmissionBefore?: IsoDate; centralRegistrationBefore?: IsoDate };

/** What the caller supplies with a step. */
export type TransitionContext = {
  actor: ActorKind;
  /** Day the step takes effect (filing or decision date). */
  date: IsoDate;
  documents: readonly DocumentRef[];
  appraisal?: { result: AppraisalResult; failedCriteria: readonly AppraisalCriterion[] };
  /** KC support written in the contract (SIGN_CONTRACT, SIGN_LOCAL_CONTRACT, AWARD_TENDER). */
  contractSupport?: bigint;
  /** Changes asked for (REQUEST_ADJUSTMENT). */
  adjustmentTypes?: readonly AdjustmentType[];
  /** KC-eligible spend confirmed by the acceptance or volume minutes (ACCEPT, SETTLE_PARTIAL). */
  acceptedSpend?: bigint;
  /** Dated support norm sets (national, or the province's for KCĐP); `normValidAt` picks one. */
  normSets?: readonly SupportNormSet[];
  /** Overrides of the national defaults for the plan year (§9.3 rule 2). */
  deadlines?: PlanDeadlines;
  /** The province's local workflow; `defaultLocalWorkflow` when absent. */
  localWorkflow?: WorkflowProfile;
};
