/**
 * The server's answers as the OpenAPI document describes them (`openapi.gen.ts`, written by `npm run api:types`
 * and checked against real answers by apps/server/test/openapi-client.test.ts). Screens name shapes through the
 * aliases below, so a change of a presenter shows up here as a type error instead of a blank cell.
 */
import type { paths } from "./openapi.gen";

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON body of a route's success answer (200 or 201). */
export type ResponseOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    responses: infer R;
  }
    ? Json<R[200 & keyof R]> | Json<R[201 & keyof R]>
    : never;

/** The JSON body a route takes. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    requestBody?: infer B;
  }
    ? Json<NonNullable<B>>
    : never;

/** The query string a route reads (its filters), as the OpenAPI document names and types them. */
export type QueryOf<P extends keyof paths, M extends Method = "get"> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A list route's filters with the page the screen always asks for. */
export type PagedQueryOf<P extends keyof paths> = QueryOf<P> & { page: number; pageSize: number };

/** One item of a list answer (`{ items: [...] }`) or of an array answer. */
export type ItemOf<T> = T extends { items: readonly (infer I)[] }
  ? I
  : T extends readonly (infer I)[]
    ? I
    : never;

// Projects (`/api/v1/projects`, apps/server/src/modules/projects/projects.presenter.ts).
export type ProjectListItem = ItemOf<ResponseOf<"/api/v1/projects", "get">>;
export type ProjectDetail = ResponseOf<"/api/v1/projects/{id}", "get">;
/** A code with the server's Vietnamese label. */
export type Coded = ProjectListItem["status"];
/** A lifecycle step the signed-in user may take now. */
export type StepAction = ProjectDetail["actions"]["steps"][number];
/** One document a step needs: any one kind of `anyOf`, carrying `fields` ("number", "date", "signer"). */
export type StepRequirement = StepAction["documents"][number];
export type TimelineEntry = ProjectDetail["timeline"][number];
export type ProjectDocument = ProjectDetail["documents"][number];
export type EstimateLine = ProjectDetail["estimateLines"][number];
export type ProgressMonth = ProjectDetail["progress"][number];
export type ProjectBudget = NonNullable<ProjectDetail["budget"]>;
export type LineCap = ProjectBudget["caps"][number];
export type DuplicateSupport = NonNullable<ProjectDetail["duplicateSupport"]>[number];
export type ProjectInput = BodyOf<"/api/v1/projects", "post">;
export type StepRequest = BodyOf<"/api/v1/projects/{id}/steps/{code}", "post">;
export type StepDocumentInput = NonNullable<StepRequest["documents"]>[number];
export type DisbursementRequest = BodyOf<"/api/v1/projects/{id}/disbursements", "post">;
export type ProgressReportRequest = BodyOf<"/api/v1/projects/{id}/progress-reports", "post">;

// Plans, programmes and reported figures (apps/server/src/modules/plans).
export type PlanSummary = ItemOf<ResponseOf<"/api/v1/annual-plans", "get">>;
export type PlanDetail = ResponseOf<"/api/v1/annual-plans/{id}", "get">;
export type PlanLine = PlanDetail["lines"][number];
export type PlanRevision = PlanDetail["revisions"][number];
export type PlanUnit = ItemOf<ResponseOf<"/api/v1/plan-units", "get">>;
export type Programme = ItemOf<ResponseOf<"/api/v1/programmes", "get">>;
export type ProgrammeTarget = Programme["targets"][number];
export type ReportedFigure = ItemOf<ResponseOf<"/api/v1/reported-figures", "get">>;
export type CheckPreset = ItemOf<ResponseOf<"/api/v1/figure-checks/presets", "get">>;
export type CheckResult = CheckPreset["results"][number];
export type PlanCreateInput = BodyOf<"/api/v1/annual-plans", "post">;
export type PlanRevisionInput = BodyOf<"/api/v1/annual-plans/{id}/revisions", "post">;
export type ProgrammeInput = BodyOf<"/api/v1/programmes", "post">;
export type ReportedFiguresInput = BodyOf<"/api/v1/reported-figures", "put">;
/** Integer đồng (exact, as a decimal string) and its text in triệu đồng ("57.615,3"), printed by the server. */
export type Money = PlanSummary["total"];
/** `value` "84.12", `text` "84,12 %"; growth text is signed ("+2,62 %", "−1,64 %"). Null without a base. */
export type Pct = PlanSummary["execPct"];

// Dashboards (apps/server/src/modules/dashboards): every figure arrives computed and printed by the server.
export type BudgetDashboard = ResponseOf<"/api/v1/dashboard/budget", "get">;
export type DashboardScope = BudgetDashboard["scope"];
export type DashboardRow = BudgetDashboard["rows"][number];
export type OutputsDashboard = ResponseOf<"/api/v1/dashboard/outputs", "get">;
export type OutputIndicator = OutputsDashboard["indicators"][number];
export type DashboardRecords = ResponseOf<"/api/v1/dashboard/records", "get">;
export type RecordProject = DashboardRecords["projects"][number];
export type RecordReported = DashboardRecords["reported"][number];

// Establishments (apps/server/src/modules/establishments).
export type EstablishmentListItem = ItemOf<ResponseOf<"/api/v1/establishments", "get">>;
export type EstablishmentDetail = ResponseOf<"/api/v1/establishments/{id}", "get">;
export type EstablishmentSite = EstablishmentDetail["sites"][number];
export type YearData = EstablishmentDetail["yearData"][number];
export type EligibilityAssessment = EstablishmentDetail["eligibility"];
export type RuleResult = EligibilityAssessment["results"][number];
export type CertificatePriority = NonNullable<EligibilityAssessment["certificatePriority"]>;
export type HistoryEntry = ItemOf<ResponseOf<"/api/v1/establishments/{id}/history", "get">>;
export type HistoryChange = HistoryEntry["changes"][number];
export type ImportJob = ResponseOf<"/api/v1/establishment-imports/{jobId}", "get">;
export type ImportResult = NonNullable<ImportJob["result"]>;
export type ImportIssue = ImportResult["errors"][number];
export type EstablishmentInput = BodyOf<"/api/v1/establishments", "post">;
export type EstablishmentPatch = BodyOf<"/api/v1/establishments/{id}", "patch">;

// Reference data: administrative units, regions, legal documents, organisations, code catalogues.
export type AdminUnit = ItemOf<ResponseOf<"/api/v1/admin-units", "get">>;
export type AdminUnitRef = AdminUnit["predecessors"][number];
export type AdminUnitDetail = ResponseOf<"/api/v1/admin-units/{id}", "get">;
export type CommuneImportReport = ResponseOf<"/api/v1/admin-units/communes/import", "post">;
export type ImportRowError = CommuneImportReport["errors"][number];
export type Region = ItemOf<ResponseOf<"/api/v1/regions", "get">>;
export type LegalDocument = ItemOf<ResponseOf<"/api/v1/legal-documents", "get">>;
export type Organisation = ItemOf<ResponseOf<"/api/v1/organisations", "get">>;
export type CatalogueKind = ItemOf<ResponseOf<"/api/v1/catalogues", "get">>;
export type CatalogueEntry = ItemOf<ResponseOf<"/api/v1/catalogues/{kind}", "get">>;
export type LegalBasisRef = CatalogueEntry["legalBasis"];

// Accounts: the signed-in user, users and roles (apps/server/src/modules/users, auth).
export type Me = ResponseOf<"/api/v1/me", "get">;
export type DataScope = Me["scope"];
export type SignInResponse = ResponseOf<"/api/v1/auth/sign-in", "post">;
export type TwoFactorSetup = ResponseOf<"/api/v1/me/two-factor/enable", "post">;
export type User = ItemOf<ResponseOf<"/api/v1/users", "get">>;
/** Whether an action of a record can succeed now, with the server's reasons when not (issue 14, item 2). */
export type ActionAvailability = NonNullable<User["actions"]["edit"]>;
export type Role = ItemOf<ResponseOf<"/api/v1/users/roles", "get">>;
export type UserCreate = BodyOf<"/api/v1/users", "post">;
export type UserUpdate = BodyOf<"/api/v1/users/{id}", "patch">;
export type AuditEvent = ItemOf<ResponseOf<"/api/v1/audit-events", "get">>;

// Support norms (apps/server/src/modules/support-norms).
export type SupportNormSet = ItemOf<ResponseOf<"/api/v1/support-norm-sets", "get">>;
export type SupportNormSetDetail = ResponseOf<"/api/v1/support-norm-sets/{id}", "get">;
export type SupportNorm = SupportNormSetDetail["norms"][number];
export type SupportNormSetInput = BodyOf<"/api/v1/support-norm-sets", "post">;

// Fairs (`/api/v1/fairs`, apps/server/src/modules/trade-promotion/fairs/fairs.presenter.ts).
export type FairListItem = ItemOf<ResponseOf<"/api/v1/fairs", "get">>;
export type FairDetail = ResponseOf<"/api/v1/fairs/{id}", "get">;
export type FairDocument = FairDetail["documents"][number];
export type FairCalendar = ResponseOf<"/api/v1/fairs/calendar", "get">;
export type FairInput = BodyOf<"/api/v1/fairs", "post">;
export type FairUpdate = BodyOf<"/api/v1/fairs/{id}", "put">;
