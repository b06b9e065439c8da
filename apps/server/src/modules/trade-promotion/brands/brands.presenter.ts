import { z } from "@hono/zod-openapi";
import { bigIntToDong, brandStatusLabels, markKindLabels } from "@kc/domain";
import type { BrandCapAnswer } from "./brand-cap";
import type { BrandRow } from "./brands.queries";

const named = z.object({ id: z.string(), name: z.string() });
const dong = (description: string) =>
  z.string().openapi({ description: `${description} (đồng), số nguyên dạng chuỗi` });

export const brandSupportSchema = z
  .object({
    id: z.string(),
    brandName: z.string(),
    markKind: z.string(),
    markKindLabel: z.string(),
    holder: named.nullable().openapi({ description: "Cơ sở chủ sở hữu (nhãn hiệu của một cơ sở)" }),
    collectiveName: z.string().nullable().openapi({ description: "Tập thể chủ sở hữu (nhãn hiệu tập thể)" }),
    members: z.array(named).openapi({ description: "Cơ sở thành viên của tập thể" }),
    province: named,
    applicationNumber: z.string().nullable(),
    applicationDate: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    registrationDate: z.string().nullable(),
    year: z.number().int(),
    cost: dong("Chi phí xây dựng, đăng ký"),
    supportAmount: dong("Số tiền hỗ trợ"),
    normCode: z
      .string()
      .nullable()
      .openapi({ description: "Định mức đã áp dụng (h), null khi chưa kiểm tra được" }),
    normSetLabel: z.string().nullable(),
    project: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
    status: z.string(),
    statusLabel: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    canEdit: z.boolean(),
  })
  .openapi("BrandSupport");
export type BrandSupportAnswer = z.infer<typeof brandSupportSchema>;

export function presentBrandSupport(
  r: BrandRow,
  members: Map<string, string>,
  canEdit: boolean,
): BrandSupportAnswer {
  const { row } = r;
  return {
    id: row.id,
    brandName: row.brandName,
    markKind: row.markKind,
    markKindLabel: markKindLabels[row.markKind],
    holder: row.establishmentId
      ? { id: row.establishmentId, name: r.holderName ?? row.establishmentId }
      : null,
    collectiveName: row.collectiveName,
    members: row.memberEstablishmentIds.map((id) => ({ id, name: members.get(id) ?? id })),
    province: { id: row.provinceId, name: r.provinceName },
    applicationNumber: row.applicationNumber,
    applicationDate: row.applicationDate,
    registrationNumber: row.registrationNumber,
    registrationDate: row.registrationDate,
    year: row.year,
    cost: bigIntToDong(row.cost),
    supportAmount: bigIntToDong(row.supportAmount),
    normCode: row.normCode,
    normSetLabel: r.normSetLabel,
    project: row.projectId
      ? { id: row.projectId, code: r.projectCode ?? "", title: r.projectTitle ?? "" }
      : null,
    status: row.status,
    statusLabel: brandStatusLabels[row.status],
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    canEdit,
  };
}

export const brandSupportCapSchema = z
  .object({
    normDate: z.string().openapi({ description: "Ngày lấy định mức (ngày nộp đơn)" }),
    normSet: z.object({ id: z.string(), labelVi: z.string() }).nullable(),
    normCode: z.string().nullable(),
    capDong: z
      .string()
      .nullable()
      .openapi({ description: "Mức hỗ trợ tối đa (đồng); null: chưa kiểm tra được" }),
    percentCapDong: z.string().nullable(),
    absoluteCapDong: z.string().nullable(),
    explanationVi: z.string(),
  })
  .openapi("BrandSupportCap");

export function presentBrandCap(answer: BrandCapAnswer): z.infer<typeof brandSupportCapSchema> {
  const money = (value: bigint | null | undefined) => (value == null ? null : bigIntToDong(value));
  return {
    normDate: answer.normDate,
    normSet: answer.normSet,
    normCode: answer.cap?.normCode ?? null,
    capDong: money(answer.cap?.capDong),
    percentCapDong: money(answer.cap?.percentCapDong),
    absoluteCapDong: money(answer.cap?.absoluteCapDong),
    explanationVi: answer.explanationVi,
  };
}
