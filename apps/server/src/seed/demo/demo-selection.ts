import { certificateNumbering, type ProductGroup, productGroupCodes, type SelectionLevel } from "@kc/domain";
import { asc, count } from "drizzle-orm";
import type { Db } from "../../db/client";
import { establishment, selectionCertificate, selectionRound } from "../../db/schema/index";

type DemoRound = { level: SelectionLevel; regionCode: string | null; year: number; certified: number };

const REGIONS = [
  ["BAC", "phía Bắc"],
  ["TRUNG_TAY_NGUYEN", "miền Trung - Tây Nguyên"],
  ["NAM", "phía Nam"],
] as const;

/**
 * R-2019-national rows 10–13: 9 regional rounds (2014, 2016, 2018) honouring 610 products and 2 national rounds
 * (2015, 2017) honouring 202, split per year as the demo's reported figures are (203, 101, 203, 101, 204).
 */
export const nationalRounds2014to2018: DemoRound[] = [
  ...[2014, 2016, 2018].flatMap((year) =>
    REGIONS.map(([regionCode], i) => ({
      level: "KHU_VUC" as const,
      regionCode,
      year,
      certified: (year === 2018 ? [68, 68, 68] : [68, 68, 67])[i] as number,
    })),
  ),
  { level: "QUOC_GIA", regionCode: null, year: 2015, certified: 101 },
  { level: "QUOC_GIA", regionCode: null, year: 2017, certified: 101 },
];

const fold = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/**
 * The historic rounds and their certificates, as records the summary counts by trigger (decision 0017): closed
 * rounds, certificates without entry rows (entries were on paper), issued in November of the round's year to
 * establishments of the demo registry, numbered as Circular 26 numbers them. Bulk inserts in one transaction;
 * skipped when any round exists or the registry is empty.
 */
export async function seedDemoSelection(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(selectionRound);
  if ((existing?.n ?? 0) > 0) return 0;
  const holders = await db
    .select({
      id: establishment.id,
      name: establishment.name,
      provinceId: establishment.provinceId,
      products: establishment.mainProducts,
    })
    .from(establishment)
    .orderBy(asc(establishment.sortKey));
  if (holders.length === 0) return 0;
  return db.transaction(async (tx) => {
    let written = 0;
    for (const [index, round] of nationalRounds2014to2018.entries()) {
      const regionLabel = REGIONS.find(([code]) => code === round.regionCode)?.[1];
      const title =
        round.level === "QUOC_GIA"
          ? `Bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia năm ${round.year}`
          : `Bình chọn sản phẩm CNNT tiêu biểu khu vực ${regionLabel} năm ${round.year}`;
      const id = `demo-round-${round.year}-${round.regionCode ?? "QG"}`;
      await tx.insert(selectionRound).values({
        id,
        code: `BC-${round.year}-${String(index + 1).padStart(4, "0")}`,
        title,
        level: round.level,
        regionCode: round.regionCode,
        year: round.year,
        organiserName: "Cục Công Thương địa phương",
        status: "CLOSED",
        searchText: fold(title),
        createdBy: "demo-seed",
      });
      const issuedOn = `${round.year}-11-${round.level === "QUOC_GIA" ? "25" : "18"}`;
      const numbering = certificateNumbering({
        level: round.level,
        issuedOn,
        provinceCode: null,
        regionCode: round.regionCode,
      });
      if (!numbering) throw new Error(`no certificate numbering for ${id}`);
      const { issuerKey } = numbering;
      const rows = Array.from({ length: round.certified }, (_, i) => {
        const holder = holders[(index * 97 + i * 7) % holders.length] as (typeof holders)[number];
        const group = productGroupCodes[i % productGroupCodes.length] as ProductGroup;
        const productName = (holder.products.split(",")[0] ?? "").trim() || `Sản phẩm ${i + 1}`;
        const sequence = i + 1;
        return {
          id: `${id}-c${sequence}`,
          number: numbering.numberOf(sequence),
          sequence,
          issuerKey,
          level: round.level,
          year: round.year,
          roundId: id,
          establishmentId: holder.id,
          establishmentName: holder.name,
          productName,
          productGroup: group,
          issuedOn,
          validUntil: `${round.year + 2}-12-31`,
          decisionNumber: `${1000 + index}/QĐ-BCT`,
          decisionOn: issuedOn,
          decisionSigner: "Thứ trưởng Bộ Công Thương",
          publicId: `demo${round.year}${(round.regionCode ?? "qg").toLowerCase()}${sequence}`,
          provinceId: holder.provinceId,
          regionCode: round.regionCode,
          searchText: fold(`${productName} ${holder.name}`),
          createdBy: "demo-seed",
        };
      });
      await tx.insert(selectionCertificate).values(rows);
      written += 1 + rows.length;
    }
    return written;
  });
}
