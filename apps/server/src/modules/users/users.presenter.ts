import { z } from "@hono/zod-openapi";
import { type ActionAvailability, roleCodes, roles, type UserActionCode } from "@kc/domain";
import type { user } from "../../db/schema/index";
import { actionAvailabilitySchema } from "../../platform/action-availability";
import { scopeFrom } from "../../platform/middleware";

/** The buttons of an account's row, each with the reasons it would be refused (issue 14, item 2). */
const userActionsSchema = z
  .object({
    edit: actionAvailabilitySchema.optional(),
    disable: actionAvailabilitySchema.optional(),
    enable: actionAvailabilitySchema.optional(),
    revokeSessions: actionAvailabilitySchema.optional(),
    resetPassword: actionAvailabilitySchema.optional(),
  })
  .describe("Thao tác người gọi được thực hiện trên tài khoản; vắng mặt: không phải việc của người gọi");

export const userViewSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roleCodes),
    roleLabel: z.string(),
    scope: z.object({
      kind: z.string(),
      regionCode: z.string().optional(),
      provinceId: z.string().optional(),
      organisationId: z.string().optional(),
      label: z.string(),
    }),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    disabled: z.boolean(),
    twoFactorEnabled: z.boolean(),
    lastSignInAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    actions: userActionsSchema,
  })
  .openapi("User");
export type UserView = z.infer<typeof userViewSchema>;

export type UserRow = typeof user.$inferSelect & {
  scopeLabel: string | null;
  organisationName: string | null;
};

/** What leaves the server about an account: never the password hash, tokens or search keys. */
export function presentUser(
  row: UserRow,
  actions: Partial<Record<UserActionCode, ActionAvailability>>,
): UserView {
  const role = row.role as (typeof roleCodes)[number];
  const scope = scopeFrom(row);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role,
    roleLabel: roles[role]?.labelVi ?? row.role,
    scope: { ...scope, label: scope.kind === "NATIONAL" ? "Toàn quốc" : (row.scopeLabel ?? "") },
    organisation:
      row.organisationId && row.organisationName
        ? { id: row.organisationId, name: row.organisationName }
        : null,
    disabled: row.disabled,
    twoFactorEnabled: row.twoFactorEnabled,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    actions,
  };
}

/** The audit snapshot of an account: the profile, never credentials. */
export function auditSnapshot(row: typeof user.$inferSelect) {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    scopeKind: row.scopeKind,
    scopeRegionCode: row.scopeRegionCode,
    scopeProvinceId: row.scopeProvinceId,
    scopeOrganisationId: row.scopeOrganisationId,
    organisationId: row.organisationId,
    disabled: row.disabled,
    version: row.version,
  };
}
