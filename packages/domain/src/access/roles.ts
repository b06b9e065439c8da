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
] as const;
export type RoleCode = (typeof roleCodes)[number];

export const scopeKinds = ["NATIONAL", "REGION", "PROVINCE", "ORGANISATION"] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export const regionCodes = ["BAC", "TRUNG_TAY_NGUYEN", "NAM"] as const;

export const dataScopeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("NATIONAL") }),
  z.strictObject({ kind: z.literal("REGION"), regionCode: z.enum(regionCodes) }),
  z.strictObject({ kind: z.literal("PROVINCE"), provinceId: idSchema("Mã tỉnh") }),
  z.strictObject({ kind: z.literal("ORGANISATION"), organisationId: idSchema("Mã tổ chức") }),
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
  "fairs.read",
  "fairs.manage",
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
 * Trade promotion (issue 15): central and provincial staff keep the fairs of their scope and their participants;
 * auditors read them. The scope check (a fair of another province is 404) is in the query.
 */
const fairKeeper: Ability[] = ["fairs.read", "fairs.manage"];

const abilitiesByRole: Record<RoleCode, readonly Ability[]> = {
  SYSTEM_ADMIN: ["catalogues.read", "catalogues.manage", "users.read", "users.manage", "audit.read"],
  CENTRAL_LEADER: [
    "catalogues.read",
    "users.read",
    ...registryReader,
    ...projectWorker,
    "supportNorms.manage",
    ...planKeeper,
    ...fairKeeper,
  ],
  CENTRAL_OFFICER: [
    "catalogues.read",
    "users.read",
    ...registryReader,
    ...projectWorker,
    ...planKeeper,
    ...fairKeeper,
  ],
  PROVINCIAL_LEADER: [
    "catalogues.read",
    "users.read",
    ...provincialRegistry,
    ...projectProposer,
    ...planKeeper,
    ...fairKeeper,
  ],
  PROVINCIAL_OFFICER: [
    "catalogues.read",
    ...provincialRegistry,
    ...projectProposer,
    ...planKeeper,
    ...fairKeeper,
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
    "fairs.read",
  ],
};

export function abilitiesOf(role: RoleCode): readonly Ability[] {
  return abilitiesByRole[role];
}

export function can(role: RoleCode, ability: Ability): boolean {
  return abilitiesByRole[role].includes(ability);
}
