import { z } from "zod";
import { idSchema } from "../input-schemas";

/**
 * Functions (roles) and data scopes are independent and both enforced on the server (DESIGN.md "Who uses it").
 * A role says what a user may do; the scope says which records it may touch.
 */
export const roleCodes = [
  "SYSTEM_ADMIN",
  "CENTRAL_LEADER",
  "CENTRAL_OFFICER",
  "PROVINCIAL_LEADER",
  "PROVINCIAL_OFFICER",
  "IMPLEMENTER",
  "AUDITOR",
  "JUROR",
  "COUNCIL_SECRETARY",
] as const;
export type RoleCode = (typeof roleCodes)[number];

/**
 * SELECTION_MEMBER: no territory at all. A juror or council secretary sees the selection rounds they sit on (their
 * `selection_member` rows) and nothing else; every province-scoped query gives them no row.
 */
export const scopeKinds = ["NATIONAL", "REGION", "PROVINCE", "ORGANISATION", "SELECTION_MEMBER"] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export const regionCodes = ["BAC", "TRUNG_TAY_NGUYEN", "NAM"] as const;

export const dataScopeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("NATIONAL") }),
  z.strictObject({ kind: z.literal("REGION"), regionCode: z.enum(regionCodes) }),
  z.strictObject({ kind: z.literal("PROVINCE"), provinceId: idSchema("Mã tỉnh") }),
  z.strictObject({ kind: z.literal("ORGANISATION"), organisationId: idSchema("Mã tổ chức") }),
  z.strictObject({ kind: z.literal("SELECTION_MEMBER") }),
]);
export type DataScope = z.infer<typeof dataScopeSchema>;

type RoleDefinition = { labelVi: string; labelEn: string; scopeKinds: readonly ScopeKind[] };

export const roles: Record<RoleCode, RoleDefinition> = {
  SYSTEM_ADMIN: { labelVi: "Quản trị hệ thống", labelEn: "System administrator", scopeKinds: ["NATIONAL"] },
  CENTRAL_LEADER: { labelVi: "Lãnh đạo Cục", labelEn: "Central leader", scopeKinds: ["NATIONAL", "REGION"] },
  CENTRAL_OFFICER: {
    labelVi: "Chuyên viên Cục",
    labelEn: "Central officer",
    scopeKinds: ["NATIONAL", "REGION"],
  },
  PROVINCIAL_LEADER: {
    labelVi: "Lãnh đạo Sở / Trung tâm",
    labelEn: "Provincial leader",
    scopeKinds: ["PROVINCE"],
  },
  PROVINCIAL_OFFICER: {
    labelVi: "Chuyên viên Sở / Trung tâm",
    labelEn: "Provincial officer",
    scopeKinds: ["PROVINCE"],
  },
  IMPLEMENTER: { labelVi: "Đơn vị thực hiện đề án", labelEn: "Implementer", scopeKinds: ["ORGANISATION"] },
  AUDITOR: {
    labelVi: "Thanh tra, kiểm toán",
    labelEn: "Auditor / inspector",
    scopeKinds: ["NATIONAL", "PROVINCE"],
  },
  JUROR: {
    labelVi: "Thành viên ban giám khảo",
    labelEn: "Juror",
    scopeKinds: ["SELECTION_MEMBER"],
  },
  COUNCIL_SECRETARY: {
    labelVi: "Thư ký hội đồng",
    labelEn: "Council secretary",
    scopeKinds: ["SELECTION_MEMBER"],
  },
};

export function isScopeAllowedForRole(role: RoleCode, scope: DataScope): boolean {
  return roles[role].scopeKinds.includes(scope.kind);
}

/** Abilities the UI may show; the server checks the same names in its policies. */
export const abilityCodes = [
  "catalogues.read",
  "catalogues.manage",
  "users.read",
  "users.manage",
  "audit.read",
  "establishments.read",
  "establishments.create",
  "establishments.update",
  "establishments.import",
  "establishments.export",
  "projects.read",
  "projects.create",
  "projects.update",
  "projects.transition",
  "projects.disburse",
  "projects.documents",
  "projects.export",
  "supportNorms.manage",
  "plans.read",
  "plans.manage",
  "figures.report",
  "dashboard.read",
  "dashboard.export",
  "selection.read",
  "selection.manage",
  "selection.approve",
  "selection.score",
  "selection.secretariat",
  "tradePromotion.read",
  "tradePromotion.manage",
  "centres.read",
  "centres.manage",
  "conferences.read",
  "conferences.manage",
  "reports.read",
  "reports.fill",
  "reports.review",
  "reportTemplates.read",
  "reportTemplates.manage",
] as const;
export type Ability = (typeof abilityCodes)[number];

/** Provincial staff keep their province's registry; central staff and auditors read and export it. */
const provincialRegistry: Ability[] = [
  "establishments.read",
  "establishments.create",
  "establishments.update",
  "establishments.import",
  "establishments.export",
];
const registryReader: Ability[] = ["establishments.read", "establishments.export"];

/**
 * Projects: provincial staff and implementers propose and edit drafts; central and provincial staff take the steps
 * their actor kind allows (the transition table decides which, per project); the paying body records money.
 */
const projectReader: Ability[] = ["projects.read", "projects.export"];
const projectWorker: Ability[] = [
  ...projectReader,
  "projects.transition",
  "projects.disburse",
  "projects.documents",
];
const projectProposer: Ability[] = [...projectWorker, "projects.create", "projects.update"];

/**
 * The system administrator runs accounts and catalogues and edits no business data (DESIGN.md "Who uses it");
 * implementers will see the beneficiaries of their own projects once projects exist.
 */
/**
 * Plans and figures: provincial and central staff keep the plans and reported figures of their scope (the scope
 * check is in the query); leaders and auditors read them and the dashboard.
 */
const planKeeper: Ability[] = [
  "plans.read",
  "plans.manage",
  "figures.report",
  "dashboard.read",
  "dashboard.export",
];
const planReader: Ability[] = ["plans.read", "dashboard.read", "dashboard.export"];

/**
 * Product selection: the organising body's staff keep rounds, members, entries and complaints ("manage"); its
 * leader takes the approver's steps ("approve": council formed, recognition, certificates, revocation), the scope
 * and the round's level deciding whose round (selection/round-lifecycle). Jurors score, secretaries keep the
 * council's papers, both only in the rounds they sit on. Existing roles keep every ability they had.
 */
const selectionReader: Ability[] = ["selection.read"];
const selectionKeeper: Ability[] = [...selectionReader, "selection.manage"];

/**
 * Trade promotion (issue 15): central and provincial staff keep the fairs, participations, showrooms and brands of
 * their scope (the central agency's fairs have no province and need a national scope); auditors read them.
 */
const tradePromotionKeeper: Ability[] = ["tradePromotion.read", "tradePromotion.manage"];

/**
 * Extension centres (issue 17, items 6–7): central staff and a province's staff keep the staffing and consulting
 * records of the centres in their scope; regional conferences are organised by the central agency with the host
 * DoIT, so only central staff keep them and everyone of the programme reads them. Auditors read both.
 */
const centreKeeper: Ability[] = ["centres.read", "centres.manage", "conferences.read"];
const centreReaders: Ability[] = ["centres.read", "conferences.read"];

/**
 * Periodic reports (issue 17): the province's staff open, fill and send their province's report; the central
 * agency's staff return or approve it (locking and unlocking are the central leader's, by the workflow table);
 * auditors read. Who may take which step is decided per report by `checkReportStep`.
 */
const reportFiller: Ability[] = ["reports.read", "reports.fill"];
const reportReviewer: Ability[] = ["reports.read", "reports.review", "reportTemplates.read"];

/**
 * Report templates are reference data resting on legal documents (decision 0022): the system administrator keeps
 * their versions like the other catalogues; the central agency's staff, who review the reports, read them whole.
 */
const templateKeeper: Ability[] = ["reportTemplates.read", "reportTemplates.manage"];

const abilitiesByRole: Record<RoleCode, readonly Ability[]> = {
  SYSTEM_ADMIN: [
    "catalogues.read",
    "catalogues.manage",
    "users.read",
    "users.manage",
    "audit.read",
    ...templateKeeper,
  ],
  CENTRAL_LEADER: [
    "catalogues.read",
    "users.read",
    ...registryReader,
    ...projectWorker,
    "supportNorms.manage",
    ...planKeeper,
    ...selectionKeeper,
    "selection.approve",
    ...tradePromotionKeeper,
    ...centreKeeper,
    "conferences.manage",
    ...reportReviewer,
  ],
  CENTRAL_OFFICER: [
    "catalogues.read",
    "users.read",
    ...registryReader,
    ...projectWorker,
    ...planKeeper,
    ...selectionKeeper,
    ...tradePromotionKeeper,
    ...centreKeeper,
    "conferences.manage",
    ...reportReviewer,
  ],
  PROVINCIAL_LEADER: [
    "catalogues.read",
    "users.read",
    ...provincialRegistry,
    ...projectProposer,
    ...planKeeper,
    ...selectionKeeper,
    "selection.approve",
    ...tradePromotionKeeper,
    ...centreKeeper,
    ...reportFiller,
  ],
  PROVINCIAL_OFFICER: [
    "catalogues.read",
    ...provincialRegistry,
    ...projectProposer,
    ...planKeeper,
    ...selectionKeeper,
    ...tradePromotionKeeper,
    ...centreKeeper,
    ...reportFiller,
  ],
  IMPLEMENTER: [
    "catalogues.read",
    "projects.read",
    "projects.create",
    "projects.update",
    "projects.transition",
    "projects.documents",
  ],
  AUDITOR: [
    "catalogues.read",
    "users.read",
    "audit.read",
    ...registryReader,
    ...projectReader,
    ...planReader,
    ...selectionReader,
    "tradePromotion.read",
    ...centreReaders,
    "reports.read",
  ],
  JUROR: ["catalogues.read", "selection.read", "selection.score"],
  COUNCIL_SECRETARY: ["catalogues.read", "selection.read", "selection.secretariat"],
};

export function abilitiesOf(role: RoleCode): readonly Ability[] {
  return abilitiesByRole[role];
}

export function can(role: RoleCode, ability: Ability): boolean {
  return abilitiesByRole[role].includes(ability);
}
