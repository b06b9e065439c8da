import { asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkInsert } from "../src/db/bulk-insert";
import { establishment, establishmentEligibility, establishmentYearData } from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  DONG_THAP,
  engines,
  seedSampleCommunes,
  type TestContext,
} from "./support";

/** A row with the awkward values: quotes, commas and braces in arrays, NFC text, nested JSON, nulls. */
function row(id: string, name: string) {
  return {
    id,
    provinceId: DONG_THAP,
    communeId: COMMUNE_DONG_THAP,
    addressText: 'Ấp "Phú Vinh", xã {Định Yên}',
    name,
    legalForm: "HKD",
    subjectClass: "CNNT",
    taxCode: null,
    businessRegNo: null,
    ownerName: "Nguyễn Thị Hạnh",
    industries: ["N_DD", 'with "quote", comma', "{brace}", "Đ"],
    vsicCodes: [],
    mainProducts: "Chiếu cói\nhộp cói",
    searchText: "co so chieu coi",
    sortKey: "e|0",
    eligibilityVerdict: "ELIGIBLE",
    eligibilityEvaluatedOn: "2026-11-23",
    hasSupport: true,
    updatedAt: new Date("2026-11-23T01:02:03.456Z"),
    createdBy: null,
  };
}

describe.each(engines)("bulkInsert on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
  });
  afterAll(async () => ctx?.close());

  it("stores every value exactly as Drizzle's own insert does", async () => {
    await ctx.db.insert(establishment).values(row("by-drizzle", "Cơ sở A"));
    await bulkInsert(ctx.db, establishment, [row("by-bulk-1", "Cơ sở A"), row("by-bulk-2", "Cơ sở A")]);
    const stored = await ctx.db
      .select()
      .from(establishment)
      .where(like(establishment.id, "by-%"))
      .orderBy(asc(establishment.id));
    expect(stored).toHaveLength(3);
    const [bulk1, bulk2, drizzle] = stored.map(({ id: _id, createdAt: _c, ...rest }) => rest);
    expect(bulk1).toEqual(drizzle);
    expect(bulk2).toEqual(drizzle);
    expect(drizzle?.industries).toEqual(["N_DD", 'with "quote", comma', "{brace}", "Đ"]);
    expect(drizzle?.version).toBe(1); // the column default, as the key was not given
  });

  it("stores nested JSON as Drizzle does", async () => {
    const document = {
      verdict: "ELIGIBLE",
      results: [{ code: "E1", reasonVi: 'Đủ "điều kiện"', n: 1.5 }],
      none: null,
    };
    await ctx.db.insert(establishmentEligibility).values({ establishmentId: "by-drizzle", document });
    await bulkInsert(ctx.db, establishmentEligibility, [
      { establishmentId: "by-bulk-1", document },
      { establishmentId: "by-bulk-2", document: [1, "hai", { ba: true }] },
    ]);
    const stored = await ctx.db
      .select()
      .from(establishmentEligibility)
      .where(like(establishmentEligibility.establishmentId, "by-%"))
      .orderBy(asc(establishmentEligibility.establishmentId));
    expect(stored.map((r) => r.document)).toEqual([document, [1, "hai", { ba: true }], document]);
  });

  it("writes exact bigints, numerics, booleans and nulls", async () => {
    const years = [
      {
        establishmentId: "by-bulk-1",
        year: 2024,
        employees: 12,
        totalCapital: 999_999_999_999_999_999n,
        totalAssets: null,
        revenue: 0n,
        localMaterialSharePct: "62.50",
        hasExportContract: false,
        cnhtProduct: null,
      },
      {
        establishmentId: "by-bulk-1",
        year: 2025,
        employees: null,
        totalCapital: -5n,
        totalAssets: 1n,
        revenue: null,
        localMaterialSharePct: null,
        hasExportContract: true,
        cnhtProduct: true,
      },
    ];
    await bulkInsert(ctx.db, establishmentYearData, years);
    const stored = await ctx.db
      .select()
      .from(establishmentYearData)
      .where(eq(establishmentYearData.establishmentId, "by-bulk-1"))
      .orderBy(asc(establishmentYearData.year));
    expect(stored).toEqual(years);
  });

  it("does nothing for no rows and refuses rows whose keys differ", async () => {
    await expect(bulkInsert(ctx.db, establishmentYearData, [])).resolves.toBeUndefined();
    const uneven = [
      { establishmentId: "by-bulk-2", year: 2020, employees: 1 },
      { establishmentId: "by-bulk-2", year: 2021 },
    ];
    await expect(bulkInsert(ctx.db, establishmentYearData, uneven)).rejects.toThrow(/lacks employees/);
    const stored = await ctx.db
      .select()
      .from(establishmentYearData)
      .where(eq(establishmentYearData.establishmentId, "by-bulk-2"));
    expect(stored).toEqual([]);
  });
});
