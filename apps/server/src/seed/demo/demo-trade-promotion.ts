import { province63Key } from "@kc/domain";
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { brandSupport, establishment, fair, project } from "../../db/schema/index";
import { recountFair } from "../../modules/trade-promotion/participations/fair-counters";
import { nationalFairs2014to2018, northern2024 } from "./demo-trade-promotion.data";

const HA_NOI_2024 = province63Key("01");

type DemoFair = {
  id: string;
  code: string;
  name: string;
  level: "REGIONAL" | "NATIONAL" | "PROVINCIAL";
  venueUnitId: string;
  startDate: string;
  provinceId: string | null;
  fundingProjectId: string | null;
};

function fairRow(f: DemoFair): typeof fair.$inferInsert {
  const end = new Date(`${f.startDate}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 4);
  return {
    id: f.id,
    code: f.code,
    name: f.name,
    level: f.level,
    kind: "CNNT",
    hostName: f.provinceId ? "Sở Công Thương Hà Nội" : "Cục Công Thương địa phương",
    organiserName: f.provinceId ? "Trung tâm Khuyến công Hà Nội" : "Cục Công Thương địa phương",
    venueUnitId: f.venueUnitId,
    startDate: f.startDate,
    endDate: end.toISOString().slice(0, 10),
    year: Number(f.startDate.slice(0, 4)),
    status: "REPORTED",
    provinceId: f.provinceId,
    fundingProjectId: f.fundingProjectId,
    searchText: f.name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").toLowerCase(),
    sortKey: f.code,
    createdBy: "demo-seed",
  };
}

/**
 * Participations of one fair in one statement: `participants` establishments of the demo registry picked in a
 * stable pseudo-random order per fair, each in its home province as it was on the start date, with `booths(n)`
 * whole booths and 80 % of the rent supported (norm d2). The count triggers see one statement per fair.
 */
async function participate(
  tx: Db,
  fairId: string,
  participants: number,
  threeBoothParticipants: number | null,
) {
  // 2014–2018: one booth each (the report prints no booth count); 2024: two each, three for the first few.
  const booths =
    threeBoothParticipants === null
      ? sql`1`
      : sql`CASE WHEN e.rn <= ${threeBoothParticipants} THEN 3 ELSE 2 END`;
  await tx.execute(sql`
    INSERT INTO fair_participation (id, fair_id, establishment_id, province_id, abroad, year, whole_booths,
      booth_rent, support_share_bps, support_amount, norm_code, products_shown, created_by)
    SELECT 'demo-fp-' || f.id || '-' || e.rn, f.id, e.id, kc_unit_at(e.province_id, f.start_date), false, f.year,
      b.booths, b.booths * 12000000, 8000, b.booths * 9600000, 'd2', e.main_products, 'demo-seed'
    FROM fair f
    CROSS JOIN (SELECT id, province_id, main_products, row_number() OVER (ORDER BY md5(id || ${fairId})) AS rn
      FROM establishment) e
    CROSS JOIN LATERAL (SELECT ${booths} AS booths) b
    WHERE f.id = ${fairId} AND e.rn <= ${participants}`);
}

/**
 * Trade promotion of the conference reports (DOMAIN §2.1), as records the summary counts by trigger (decision
 * 0016): the national programme's 15 regional and 2 national fairs of 2014–2018 with 4,363 participations and its
 * 48 supported brands, and the Northern region's first half of 2024 (701 booths for 300 participations, 5 brands).
 * Bulk statements in one transaction. Skipped when any fair exists or the registry has too few establishments.
 */
export async function seedDemoTradePromotion(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(fair);
  if ((existing?.n ?? 0) > 0) return 0;
  const [registry] = await db.select({ n: count() }).from(establishment);
  const largest = Math.max(...nationalFairs2014to2018.map((f) => f.participations));
  if ((registry?.n ?? 0) < largest) return 0;
  const [national] = await db
    .select({ id: project.id })
    .from(project)
    .where(eq(project.fundingLevel, "KCQG"))
    .orderBy(project.code)
    .limit(1);
  return db.transaction(async (tx) => {
    const fairs = [
      ...nationalFairs2014to2018.map((f, i) => ({
        row: fairRow({
          id: `demo-fair-${f.startDate.slice(0, 4)}-${i + 1}`,
          code: `HC-${f.startDate.slice(0, 4)}-${String(i + 1).padStart(4, "0")}`,
          name: f.name,
          level: f.level,
          venueUnitId: province63Key(f.venueCode),
          startDate: f.startDate,
          provinceId: null,
          fundingProjectId: null,
        }),
        participants: f.participations,
        threeBooths: null,
      })),
      ...northern2024.fairs.map((f, i) => ({
        row: fairRow({
          id: `demo-fair-2024-bac-${i + 1}`,
          code: `HC-2024-${String(101 + i).padStart(4, "0")}`,
          name: f.name,
          level: "PROVINCIAL",
          venueUnitId: HA_NOI_2024,
          startDate: f.startDate,
          provinceId: "P34-01",
          fundingProjectId: null,
        }),
        participants: f.participations,
        threeBooths: f.threeBoothParticipants,
      })),
    ];
    await tx.insert(fair).values(fairs.map((f) => f.row));
    for (const f of fairs) {
      await participate(tx, f.row.id as string, f.participants, f.threeBooths);
      // The fair's counters (participations, booths, support) as the participation use cases keep them.
      await recountFair(tx, f.row.id as string);
    }
    const brands = [
      ...nationalFairs2014to2018Brands(national?.id ?? null),
      ...northern2024.brands.map((b, i) =>
        brandRow(`demo-brand-2024-${i + 1}`, b.name, b.applied, "P34-01", null),
      ),
    ];
    await tx.insert(brandSupport).values(brands);
    return fairs.length + brands.length;
  });
}

function brandRow(
  id: string,
  name: string,
  applied: string,
  provinceId: string,
  projectId: string | null,
): typeof brandSupport.$inferInsert {
  return {
    id,
    brandName: name,
    markKind: "COLLECTIVE",
    collectiveName: `Hội sản xuất ${name}`,
    provinceId,
    applicationNumber: `4-${applied.slice(0, 4)}-${id.slice(-5).replace(/\D/g, "0")}`,
    applicationDate: applied,
    year: Number(applied.slice(0, 4)),
    cost: 70_000_000n,
    supportAmount: 35_000_000n,
    normCode: "h",
    projectId,
    status: "APPLIED",
    searchText: name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").toLowerCase(),
    sortKey: id,
    createdBy: "demo-seed",
  };
}

/** The 48 brands the national programme supported in 2014–2018 (row 14), per year as the demo reports them. */
function nationalFairs2014to2018Brands(projectId: string | null) {
  const perYear: Record<number, number> = { 2014: 9, 2015: 9, 2016: 10, 2017: 10, 2018: 10 };
  const provinces = ["P34-01", "P34-82"];
  return Object.entries(perYear).flatMap(([year, n]) =>
    Array.from({ length: n }, (_, i) =>
      brandRow(
        `demo-brand-${year}-${i + 1}`,
        `Nhãn hiệu tập thể CNNT ${year}-${i + 1}`,
        `${year}-${String(3 + (i % 9)).padStart(2, "0")}-15`,
        provinces[i % provinces.length] as string,
        projectId,
      ),
    ),
  );
}
