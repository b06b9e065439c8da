import { z } from "@hono/zod-openapi";
import { adminUnitKindLabels } from "@kc/domain";
import type { AdminUnitDetail } from "./admin-units.queries";

const linkedUnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const adminUnitSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    level: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    parentId: z.string().nullable(),
    regionCode: z.string().nullable(),
    regionLabel: z.string().nullable(),
    predecessors: z.array(linkedUnitSchema),
    successors: z.array(linkedUnitSchema),
  })
  .openapi("AdminUnit");

export function presentAdminUnit(unit: AdminUnitDetail): z.infer<typeof adminUnitSchema> {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    level: unit.level,
    kind: unit.kind,
    kindLabel: adminUnitKindLabels[unit.kind] ?? unit.kind,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    parentId: unit.parentId,
    regionCode: unit.regionCode,
    regionLabel: unit.regionLabel,
    predecessors: unit.predecessors,
    successors: unit.successors,
  };
}

/** The public portal's shape: official facts only (RELIABILITY.md G14). */
export const publicAdminUnitSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    region: z.string().nullable(),
    succeeded: z.array(z.object({ code: z.string(), name: z.string(), validTo: z.string().nullable() })),
  })
  .openapi("PublicAdminUnit");

export function presentPublicAdminUnit(unit: AdminUnitDetail): z.infer<typeof publicAdminUnitSchema> {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    kindLabel: adminUnitKindLabels[unit.kind] ?? unit.kind,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    region: unit.regionCode,
    succeeded: unit.predecessors.map((p) => ({ code: p.code, name: p.name, validTo: p.validTo })),
  };
}
