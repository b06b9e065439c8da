import { countParticipations } from "@kc/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { rowsOf } from "../src/db/rows";
import { brandSupport, establishment, fair, fairParticipation, showroom } from "../src/db/schema/index";
import { COMMUNE_DONG_THAP, DONG_THAP, engines, openTestDatabase, seedSampleCommunes } from "./support";

/**
 * The trade-promotion tables refuse what the rules refuse even when a write use case forgets a check (dates out
 * of order, a venue that does not match the level, a participation without a booth, support above its costs, a
 * second participation of one establishment at one fair), and the SQL booth count agrees with the domain's Q4
 * count: a shared booth once per fair and key.
 */
const establishmentRow = (id: string) => ({
  id,
  provinceId: DONG_THAP,
  communeId: COMMUNE_DONG_THAP,
  name: `Cơ sở ${id}`,
  legalForm: "HKD",
  subjectClass: "CNNT",
  ownerName: "Nguyễn Thị Hạnh",
  industries: [],
  vsicCodes: [],
  mainProducts: "",
  searchText: id,
  sortKey: id,
  eligibilityVerdict: "ELIGIBLE",
  eligibilityEvaluatedOn: "2024-01-01",
  hasSupport: false,
});

const fairRow = (
  id: string,
  overrides: Partial<typeof fair.$inferInsert> = {},
): typeof fair.$inferInsert => ({
  id,
  code: `HC-2024-${id}`,
  name: "Hội chợ CNNT khu vực phía Nam",
  level: "REGIONAL",
  kind: "CNNT",
  hostName: "Sở Công Thương Đồng Tháp",
  organiserName: "Trung tâm Khuyến công Đồng Tháp",
  venueUnitId: DONG_THAP,
  startDate: "2024-10-01",
  endDate: "2024-10-05",
  year: 2024,
  provinceId: DONG_THAP,
  searchText: "hoi cho",
  sortKey: "hoi cho",
  ...overrides,
});

const participationRow = (
  id: string,
  fairId: string,
  establishmentId: string,
  overrides: Partial<typeof fairParticipation.$inferInsert> = {},
): typeof fairParticipation.$inferInsert => ({
  id,
  fairId,
  establishmentId,
  provinceId: DONG_THAP,
  abroad: false,
  year: 2024,
  wholeBooths: 1,
  boothRent: 12_000_000n,
  supportShareBps: 8000,
  supportAmount: 9_600_000n,
  ...overrides,
});

async function refusedBy(write: Promise<unknown>): Promise<string> {
  try {
    await write;
  } catch (error) {
    const e = error as { message?: string; cause?: { message?: string } };
    return `${e.message ?? ""} ${e.cause?.message ?? ""}`;
  }
  throw new Error("the write was accepted");
}

describe.each(engines)("trade-promotion tables on %s", (engine) => {
  let database: Database;
  let db: Database["db"];
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
    await seedSampleCommunes({ db });
    await db.insert(establishment).values(["e1", "e2", "e3"].map(establishmentRow));
    await db.insert(fair).values([fairRow("f1"), fairRow("f2")]);
  });
  afterAll(async () => database?.close());

  it("refuses a fair with dates out of order or a venue that does not match its level", async () => {
    expect(await refusedBy(db.insert(fair).values(fairRow("x1", { endDate: "2024-09-30" })))).toContain(
      "fair_dates_ck",
    );
    const abroadWithUnit = fairRow("x2", { level: "ABROAD", venueCountryCode: "JP", venueCity: "Tokyo" });
    expect(await refusedBy(db.insert(fair).values(abroadWithUnit))).toContain("fair_venue_ck");
    const abroad = fairRow("x3", {
      level: "ABROAD",
      venueUnitId: null,
      venueCountryCode: "JP",
      venueCity: "Tokyo",
    });
    await db.insert(fair).values(abroad);
    expect(await refusedBy(db.insert(fair).values(fairRow("x4", { status: "CANCELLED" })))).toContain(
      "fair_cancel_ck",
    );
  });

  it("refuses a participation without a booth, with support above its costs, or twice at one fair", async () => {
    const noBooth = participationRow("p-x1", "f1", "e1", { wholeBooths: 0 });
    expect(await refusedBy(db.insert(fairParticipation).values(noBooth))).toContain(
      "fair_participation_booths_ck",
    );
    const overpaid = participationRow("p-x2", "f1", "e1", { supportAmount: 12_000_001n });
    expect(await refusedBy(db.insert(fairParticipation).values(overpaid))).toContain(
      "fair_participation_money_ck",
    );
    const listedAtHome = participationRow("p-x3", "f1", "e1", { otherListedCosts: 1n });
    expect(await refusedBy(db.insert(fairParticipation).values(listedAtHome))).toContain(
      "fair_participation_money_ck",
    );
    await db.insert(fairParticipation).values(participationRow("p1", "f1", "e1"));
    expect(
      await refusedBy(db.insert(fairParticipation).values(participationRow("p-x4", "f1", "e1"))),
    ).toContain("fair_participation_pair_uq");
  });

  it("counts booths in SQL as the domain does: whole booths plus each shared booth once per fair", async () => {
    const shared = {
      wholeBooths: 0,
      sharedBoothKey: "A12",
      sharedBoothShareBps: 5000,
      supportAmount: 4_800_000n,
    };
    await db.insert(fairParticipation).values([
      participationRow("p2", "f1", "e2", shared),
      participationRow("p3", "f1", "e3", shared),
      participationRow("p4", "f2", "e1", {
        wholeBooths: 2,
        supportAmount: 19_200_000n,
        boothRent: 24_000_000n,
      }),
      participationRow("p5", "f2", "e2", shared),
    ]);
    const [counted] = rowsOf<{ establishments: number; participations: number; booths: number }>(
      await db.execute(sql`
        SELECT count(DISTINCT establishment_id)::int AS establishments, count(*)::int AS participations,
          (sum(whole_booths) + count(DISTINCT (fair_id, shared_booth_key)) FILTER (WHERE shared_booth_key IS NOT NULL))::int AS booths
        FROM fair_participation`),
    );
    const rows = await db.select().from(fairParticipation);
    const expected = countParticipations(rows);
    expect(counted).toEqual({ establishments: 3, participations: 5, booths: 5 });
    expect(counted).toEqual({
      establishments: expected.distinctEstablishments,
      participations: expected.participations,
      booths: expected.booths,
    });
  });

  it("keeps a showroom's owner and a brand's holder to exactly one", async () => {
    const room = {
      id: "s1",
      name: "Điểm giới thiệu sản phẩm",
      kind: "AT_CENTRE" as const,
      provinceId: DONG_THAP,
      openedOn: "2024-03-01",
      year: 2024,
      searchText: "diem",
      sortKey: "diem",
    };
    expect(await refusedBy(db.insert(showroom).values(room))).toContain("showroom_owner_ck");
    await db.insert(showroom).values({ ...room, kind: "AT_ESTABLISHMENT", establishmentId: "e1" });
    const brand = {
      id: "b1",
      brandName: "Chiếu cói Định Yên",
      markKind: "COLLECTIVE" as const,
      establishmentId: "e1",
      collectiveName: "Hợp tác xã Định Yên",
      provinceId: DONG_THAP,
      year: 2024,
      cost: 70_000_000n,
      supportAmount: 35_000_000n,
      searchText: "chieu",
      sortKey: "chieu",
    };
    expect(await refusedBy(db.insert(brandSupport).values(brand))).toContain("brand_support_holder_ck");
    await db
      .insert(brandSupport)
      .values({ ...brand, establishmentId: null, memberEstablishmentIds: ["e1", "e2"] });
    const registeredWithoutNumber = {
      ...brand,
      id: "b2",
      establishmentId: null,
      status: "REGISTERED" as const,
    };
    expect(await refusedBy(db.insert(brandSupport).values(registeredWithoutNumber))).toContain(
      "brand_support_dates_ck",
    );
  });
});
