/**
 * Shapes of the projects API (`/api/v1/projects`, apps/server/src/modules/projects/projects.presenter.ts). Money
 * travels as decimal strings of đồng, dates as YYYY-MM-DD, instants as ISO timestamps.
 */

export type Coded = { code: string; label: string };

export type ProjectListItem = {
  id: string;
  code: string;
  title: string;
  kind: Coded;
  fundingLevel: Coded;
  planYear: number;
  province: { id: string; name: string } | null;
  implementerName: string;
  activities: Coded[];
  status: Coded;
  statusChangedAt: string;
  kcTotal: string;
  contractSupport: string | null;
  disbursedTotal: string;
  overdue: boolean;
  version: number;
};

/** One document a step needs: any one kind of `anyOf`, carrying `fields` ("number", "date", "signer"). */
export type StepRequirement = { anyOf: Coded[]; fields: string[] };

/** A lifecycle step the signed-in user may take now. */
export type StepAction = { code: string; label: string; documents: StepRequirement[] };

export type Finding = { code: string; severity?: string; messageVi: string };

export type TimelineEntry = {
  id: number;
  code: string;
  /** The step's Vietnamese label, from the server. */
  label?: string;
  fromStatus: string | null;
  toStatus: string | null;
  effectiveOn: string;
  at: string;
  actorName: string;
  actorRole: string;
  note: string;
  details: unknown;
  warnings: unknown;
  documentIds: string[];
};

export type ProjectDocument = {
  id: string;
  stepId: number | null;
  kind: Coded;
  number: string | null;
  issuedOn: string | null;
  signer: string | null;
  title: string;
  evidenceCode: string | null;
  file: { name: string; size: number; mediaType: string; sha256: string } | null;
};

export type EstimateLine = {
  item: string;
  spendingCategory: string;
  normCode: string | null;
  capUnits: number;
  quantity: string;
  unitPrice: string;
  kcAmount: string;
  counterpartAmount: string;
  otherAmount: string;
};

export type ProgressMonth = {
  period: string;
  dueBefore: string;
  status: "ON_TIME" | "LATE" | "OVERDUE" | "NOT_YET_DUE" | string;
  reportedOn: string | null;
};

export type LineCap = { status: string; capDong: string | null; explanationVi: string; exceeds: boolean };

export type ProjectBudget = {
  normDate: string;
  normSet: { id: string; labelVi: string; version: number } | null;
  caps: LineCap[];
};

export type DuplicateSupport = {
  projectId: string;
  code: string;
  title: string;
  establishmentId: string;
  establishmentName: string;
  content: string;
  matchedOn: "ITEM" | "CONTENT" | string;
};

export type ProjectMoney = {
  contractedSupport: string;
  disbursed: string;
  refunded: string;
  acceptedSpend: string | null;
  settled: string | null;
  refundDue: string | null;
  stillPayable: string | null;
};

export type ProjectDetail = ProjectListItem & {
  localLevel: string | null;
  selectionMethod: string;
  implementerOrgId: string | null;
  coordinatingOrgIds: string[];
  coordinatingOrgs: { id: string; name: string }[];
  industries: string[];
  startDate: string | null;
  endDate: string | null;
  summary: string;
  flags: Record<string, boolean>;
  priorityMultiplierBps: number | null;
  counterpartTotal: string;
  otherTotal: string;
  contractSignedOn: string | null;
  pendingAdjustment: string[] | null;
  money: ProjectMoney | null;
  beneficiaries: Array<{
    establishmentId: string;
    name: string;
    taxCode: string | null;
    shareBps: number | null;
  }>;
  sites: Array<{ communeId: string; communeName: string; addressText: string }>;
  estimateLines: EstimateLine[];
  indicators: Array<{ code: string; target: string | null; achieved: string | null }>;
  timeline: TimelineEntry[];
  documents: ProjectDocument[];
  disbursements: Array<{
    id: number;
    kind: string;
    amount: string;
    paidOn: string;
    treasuryRef: string | null;
  }>;
  progress: ProgressMonth[];
  /** Each estimate line's support cap under the norm set valid at approval (today while not approved). */
  budget?: ProjectBudget;
  /** E9: other projects supporting the same establishment for the same content in an overlapping period. */
  duplicateSupport?: DuplicateSupport[];
  actions: {
    steps: StepAction[];
    edit: boolean;
    disburse: boolean;
    reportProgress: boolean;
    attach: boolean;
  };
};

/** `POST /projects` and the `project` of `PUT /projects/{id}` (packages/domain `projectCreateSchema`). */
export type ProjectInput = {
  title: string;
  kind: string;
  fundingLevel: string;
  localLevel: string | null;
  planYear: number;
  provinceId: string | null;
  implementerOrgId: string | null;
  implementerName: string;
  coordinatingOrgIds: string[];
  activities: string[];
  industries: string[];
  selectionMethod: string;
  startDate: string | null;
  endDate: string | null;
  summary: string;
  implementerIsBeneficiary: boolean;
  directRouteAllowed: boolean;
  singleProvince: boolean;
  registeredByDoit: boolean;
  biddingWaived: boolean;
  priorityMultiplierBps: number | null;
  beneficiaries: Array<{ establishmentId: string; shareBps: number | null }>;
  sites: Array<{ communeId: string; addressText: string }>;
  estimateLines: Array<EstimateLine & { id: string }>;
  indicators: Array<{ code: string; target: number | null }>;
};

export type StepDocumentInput = {
  kind: string;
  number: string | null;
  date: string | null;
  signer: string | null;
  signerAuthority: string | null;
  title: string;
  documentId: string | null;
};

/** `POST /projects/{id}/steps/{code}` (packages/domain `transitionRequestSchema`). */
export type StepRequest = {
  version: number;
  effectiveOn: string;
  note: string;
  documents: StepDocumentInput[];
  appraisal?: { result: string; failedCriteria: string[] };
  contractSupport?: string;
  adjustmentTypes?: string[];
  acceptedSpend?: string;
};

export type DisbursementRequest = {
  version: number;
  kind: string;
  amount: string;
  paidOn: string;
  treasuryRef: string | null;
  note: string;
};

export type ProgressReportRequest = {
  version: number;
  period: string;
  reportedOn: string;
  percentComplete: number;
  spend: string | null;
  workDone: string;
  verifiedByDoit: boolean;
};

export type DocumentUploadFields = {
  kind: string;
  number: string | null;
  date: string | null;
  signer: string | null;
  signerAuthority: string | null;
  title: string;
  evidenceCode: string | null;
};
