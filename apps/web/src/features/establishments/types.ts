/** Shapes of the establishments API (`/api/v1/establishments`). Money arrives as decimal strings of đồng. */

export const verdicts = ["ELIGIBLE", "NOT_ELIGIBLE", "UNKNOWN"] as const;
export type Verdict = (typeof verdicts)[number];

export const establishmentStatuses = ["ACTIVE", "ARCHIVED"] as const;
export type EstablishmentStatus = (typeof establishmentStatuses)[number];

export const sortValues = ["name", "-name", "updatedAt", "-updatedAt"] as const;
export type EstablishmentSort = (typeof sortValues)[number];

type Ref = { id: string; name: string };

export type EstablishmentListItem = {
  id: string;
  name: string;
  legalForm: string;
  legalFormLabel: string;
  subjectClass: string;
  taxCode: string | null;
  ownerName: string | null;
  province: Ref;
  commune: Ref;
  addressText: string;
  industries: Array<{ code: string; label: string }>;
  mainProducts: string;
  eligibility: { verdict: string; verdictLabel: string };
  hasSupport: boolean;
  status: string;
  updatedAt: string;
  version: number;
};

export type EstablishmentSite = {
  communeId: string;
  communeName: string;
  provinceName: string | null;
  addressText: string;
};

export type YearData = {
  year: number;
  employees: number | null;
  totalCapital: string | null;
  totalAssets: string | null;
  revenue: string | null;
  /** A number or a decimal string, depending on how the server serialises numeric columns. */
  localMaterialSharePct: number | string | null;
  hasExportContract: boolean | null;
  cnhtProduct: boolean | null;
};

export type RuleResult = {
  code: string;
  verdict: string;
  verdictLabel: string;
  /** False when the rule does not concern this subject (e.g. the SME test for a cooperative). */
  applicable?: boolean;
  reasonVi: string;
};

export type EligibilityAssessment = {
  verdict: string;
  verdictLabel: string;
  evaluatedOn: string | null;
  ruleSet: { id: string; version: string | number; labelVi: string; confidence: string } | null;
  summaryVi: string | null;
  results: RuleResult[];
  priorityFlags: Array<{ code: string; labelVi: string; reasonVi?: string }>;
};

export type EstablishmentDetail = Omit<EstablishmentListItem, "eligibility"> & {
  businessRegNo: string | null;
  subjectClassLabel: string;
  sites: EstablishmentSite[];
  vsicCodes: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  yearData: YearData[];
  eligibility: EligibilityAssessment;
  /** What the signed-in user may do with this record ("update", "archive", "restore"), computed by the server. */
  abilities: string[];
  createdAt: string;
};

export type EstablishmentInput = {
  name: string;
  legalForm: string;
  subjectClass: string;
  taxCode?: string | null;
  businessRegNo?: string | null;
  ownerName?: string | null;
  communeId: string;
  addressText: string;
  sites: Array<{ communeId: string; addressText: string }>;
  industries: string[];
  vsicCodes: string[];
  mainProducts: string;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  yearData: YearData[];
};

export type EstablishmentPatch = Partial<EstablishmentInput> & { version: number };

export type HistoryChange = { field: string; fieldLabel: string; before: unknown; after: unknown };

export type HistoryEntry = {
  at: string;
  actorEmail: string | null;
  actorName?: string | null;
  action: string;
  actionLabel: string;
  changes: HistoryChange[];
};

export type ImportIssue = {
  row: number;
  column: string | null;
  code: string;
  message: string;
  before?: string | null;
  after?: string | null;
};

export type ImportResult = {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
};

export type ImportJobStatus = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";

export type ImportJob = {
  id: string;
  status: ImportJobStatus;
  progress: { done: number; total: number };
  result: ImportResult | null;
  error: { code: string; detail: string } | null;
};
