import { z } from "@hono/zod-openapi";
import { type CertificatePriority, certificatePriority, type IsoDate } from "@kc/domain";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { selectionCertificate } from "../../db/schema/index";

/**
 * The Circular 26 Art. 21 priority of each establishment on `date`, read from its certificates now (one query for
 * any number of establishments): never stored, so an issue, a revocation or the end of validity shows at once.
 */
export async function certificatePriorities(
  db: Db,
  establishmentIds: readonly string[],
  date: IsoDate,
): Promise<Map<string, CertificatePriority>> {
  const ids = [...new Set(establishmentIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      establishmentId: selectionCertificate.establishmentId,
      id: selectionCertificate.id,
      number: selectionCertificate.number,
      publicId: selectionCertificate.publicId,
      level: selectionCertificate.level,
      productName: selectionCertificate.productName,
      issuedOn: selectionCertificate.issuedOn,
      status: selectionCertificate.status,
      revokedOn: selectionCertificate.revokedOn,
    })
    .from(selectionCertificate)
    .where(inArray(selectionCertificate.establishmentId, ids));
  const priorities = new Map<string, CertificatePriority>();
  for (const id of ids) {
    const flag = certificatePriority(
      rows.filter((row) => row.establishmentId === id),
      date,
    );
    if (flag) priorities.set(id, flag);
  }
  return priorities;
}

export const certificatePrioritySchema = z
  .object({
    labelVi: z.string(),
    reasonVi: z.string(),
    certificateId: z.string(),
    number: z.string(),
    publicId: z.string().describe("Mã công khai: trang xác minh /xac-minh/{publicId}"),
    productName: z.string(),
    validUntil: z.string(),
  })
  .describe(
    "Ưu tiên theo Điều 21 Thông tư 26/2014/TT-BCT khi có giấy chứng nhận còn hiệu lực; null khi không có",
  )
  .openapi("CertificatePriority");
