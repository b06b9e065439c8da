import { z } from "@hono/zod-openapi";
import {
  abilitiesOf,
  abilityCodes,
  type DataScope,
  roleCodes,
  roles,
  scopeKinds,
  todayInVietnam,
} from "@kc/domain";
import { and, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, organisationName, region } from "../../db/schema/index";
import type { Actor } from "../../platform/context";

export const scopeViewSchema = z
  .object({
    kind: z.enum(scopeKinds),
    regionCode: z.string().optional(),
    provinceId: z.string().optional(),
    organisationId: z.string().optional(),
    label: z.string().openapi({ example: "Đồng Tháp" }),
  })
  .openapi("DataScope");

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roleCodes),
    roleLabel: z.string(),
    scope: scopeViewSchema,
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    twoFactorEnabled: z.boolean(),
    /** The password was set by an administrator: nothing else is allowed until the user changes it. */
    mustChangePassword: z.boolean(),
    abilities: z.array(z.enum(abilityCodes)),
  })
  .openapi("Me");
export type MeView = z.infer<typeof meSchema>;

/** Human label of a data scope, with names as they are today (organisation names are dated). */
export async function presentScope(db: Db, scope: DataScope, today = todayInVietnam()) {
  switch (scope.kind) {
    case "NATIONAL":
      return { kind: scope.kind, label: "Toàn quốc" };
    case "SELECTION_MEMBER":
      return { kind: scope.kind, label: "Các đợt bình chọn được phân công" };
    case "REGION": {
      const [row] = await db
        .select({ label: region.labelVi })
        .from(region)
        .where(eq(region.code, scope.regionCode));
      return { kind: scope.kind, regionCode: scope.regionCode, label: row?.label ?? scope.regionCode };
    }
    case "PROVINCE": {
      const [row] = await db
        .select({ name: adminUnit.name })
        .from(adminUnit)
        .where(eq(adminUnit.id, scope.provinceId));
      return { kind: scope.kind, provinceId: scope.provinceId, label: row?.name ?? scope.provinceId };
    }
    case "ORGANISATION": {
      const name = await organisationNameAt(db, scope.organisationId, today);
      return { kind: scope.kind, organisationId: scope.organisationId, label: name ?? scope.organisationId };
    }
  }
}

export async function organisationNameAt(
  db: Db,
  organisationId: string,
  date: string,
): Promise<string | null> {
  const [row] = await db
    .select({ name: organisationName.name })
    .from(organisationName)
    .where(
      and(
        eq(organisationName.organisationId, organisationId),
        lte(organisationName.validFrom, date),
        or(isNull(organisationName.validTo), gte(organisationName.validTo, date)),
      ),
    )
    .limit(1);
  return row?.name ?? null;
}

export async function presentMe(db: Db, actor: Actor): Promise<MeView> {
  const today = todayInVietnam();
  const organisationLabel = actor.organisationId
    ? await organisationNameAt(db, actor.organisationId, today)
    : null;
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    roleLabel: roles[actor.role].labelVi,
    scope: await presentScope(db, actor.scope, today),
    organisation:
      actor.organisationId && organisationLabel
        ? { id: actor.organisationId, name: organisationLabel }
        : null,
    twoFactorEnabled: actor.twoFactorEnabled,
    mustChangePassword: Boolean(actor.mustChangePassword),
    abilities: [...abilitiesOf(actor.role)],
  };
}
