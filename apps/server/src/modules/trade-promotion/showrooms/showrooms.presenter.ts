import { z } from "@hono/zod-openapi";
import { bigIntToDong, showroomKindLabels } from "@kc/domain";
import type { ShowroomRow } from "./showrooms.queries";

const named = z.object({ id: z.string(), name: z.string() });

export const showroomSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    centre: named.nullable().openapi({ description: "Trung tâm nơi đặt (khi đặt tại trung tâm)" }),
    establishment: named.nullable().openapi({ description: "Cơ sở nơi đặt (khi đặt tại cơ sở)" }),
    province: named,
    commune: named.nullable(),
    addressText: z.string(),
    productsShown: z.string(),
    openedOn: z.string(),
    closedOn: z.string().nullable(),
    year: z.number().int(),
    fundingProject: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
    supportAmount: z.string().openapi({ description: "Số tiền hỗ trợ (đồng), số nguyên dạng chuỗi" }),
    version: z.number().int(),
    updatedAt: z.string(),
    canEdit: z.boolean().openapi({ description: "Người gọi được sửa bản ghi này" }),
  })
  .openapi("Showroom");
export type ShowroomAnswer = z.infer<typeof showroomSchema>;

/** Every field that leaves the server for a showroom (list row and detail are the same record). */
export function presentShowroom(r: ShowroomRow, canEdit: boolean): ShowroomAnswer {
  const { row } = r;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: showroomKindLabels[row.kind],
    centre: row.centreOrgId ? { id: row.centreOrgId, name: r.centreName ?? row.centreOrgId } : null,
    establishment: row.establishmentId
      ? { id: row.establishmentId, name: r.establishmentName ?? row.establishmentId }
      : null,
    province: { id: row.provinceId, name: r.provinceName },
    commune: row.communeId ? { id: row.communeId, name: r.communeName ?? row.communeId } : null,
    addressText: row.addressText,
    productsShown: row.productsShown,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    year: row.year,
    fundingProject: row.fundingProjectId
      ? { id: row.fundingProjectId, code: r.projectCode ?? "", title: r.projectTitle ?? "" }
      : null,
    supportAmount: bigIntToDong(row.supportAmount),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    canEdit,
  };
}
