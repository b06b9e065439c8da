import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import {
  establishment,
  fair,
  fairParticipation,
  selectionCertificate,
  selectionEntry,
  selectionRound,
} from "../src/db/schema/index";
import { rebuildSummary, summaryDrift } from "../src/modules/figures/figure-summary";
import {
  COMMUNE_DONG_THAP,
  DONG_THAP,
  engines,
  HA_NOI,
  openTestDatabase,
  seedSampleCommunes,
} from "./support";

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

const FAIRS = ["f1", "f2", "f3"] as const;
const ESTABLISHMENTS = ["e1", "e2", "e3", "e4"] as const;
const ROUNDS = ["r1", "r2"] as const;
type RoundId = (typeof ROUNDS)[number] | "r9";
const fairStatuses = ["PLANNED", "REGISTRATION_OPEN", "HELD", "REPORTED"] as const;
const roundStatuses = ["JUDGING", "RECOGNISED", "CLOSED"] as const;

const fairChange = fc.record({
  kind: fc.constant("fair" as const),
  fair: fc.constantFrom(...FAIRS),
  status: fc.constantFrom(...fairStatuses),
  level: fc.constantFrom("PROVINCIAL", "REGIONAL", "NATIONAL"),
  province: fc.constantFrom(DONG_THAP, HA_NOI, null),
  // Before and after the 2025 merger, so the unit of the time moves too.
  startDate: fc.constantFrom("2018-05-10", "2024-10-01", "2025-09-15"),
});
const booths = fc.record({
  whole: fc.integer({ min: 0, max: 3 }),
  key: fc.constantFrom(null, "A1", "B2"),
});
const participationWrite = fc.record({
  kind: fc.constant("participate" as const),
  fair: fc.constantFrom(...FAIRS),
  establishment: fc.constantFrom(...ESTABLISHMENTS),
  booths,
  rollBack: fc.boolean(),
});
const sharedKeyForFair = fc.record({
  kind: fc.constant("shareAll" as const),
  fair: fc.constantFrom(...FAIRS),
  key: fc.constantFrom(null, "A1", "C3"),
});
const moveParticipations = fc.record({
  kind: fc.constant("move" as const),
  from: fc.constantFrom(...FAIRS),
  to: fc.constantFrom(...FAIRS),
});
const removeParticipation = fc.record({
  kind: fc.constant("remove" as const),
  fair: fc.constantFrom(...FAIRS),
  establishment: fc.option(fc.constantFrom(...ESTABLISHMENTS), { nil: null }),
});
const roundChange = fc.record({
  kind: fc.constant("round" as const),
  round: fc.constantFrom(...ROUNDS),
  status: fc.constantFrom(...roundStatuses),
});
const entryWrite = fc.record({
  kind: fc.constant("entry" as const),
  round: fc.constantFrom(...ROUNDS),
  establishment: fc.constantFrom(...ESTABLISHMENTS),
  group: fc.constantFrom("G1", "G2"),
  withdrawn: fc.boolean(),
});
const certificateWrite = fc.record({
  kind: fc.constant("certify" as const),
  round: fc.constantFrom<RoundId>(...ROUNDS),
  establishment: fc.constantFrom(...ESTABLISHMENTS),
  issuedOn: fc.constantFrom<string>("2018-11-20", "2019-01-15"),
  afterwards: fc.constantFrom("keep", "revoke", "delete"),
});
const write = fc.oneof(
  fairChange,
  participationWrite,
  sharedKeyForFair,
  moveParticipations,
  removeParticipation,
  roundChange,
  entryWrite,
  certificateWrite,
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

let serial = 0;
const next = (prefix: string) => `${prefix}-${++serial}`;

/** Applies one write; a write the tables refuse (a pair already there, no booth) changes nothing, as in the app. */
async function apply(db: Database["db"], w: Write) {
  const attempt = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch {
      // refused by a constraint: nothing written, nothing counted
    }
  };
  switch (w.kind) {
    case "fair":
      return db
        .update(fair)
        .set({
          status: w.status,
          level: w.level,
          provinceId: w.province,
          startDate: w.startDate,
          endDate: w.startDate,
        })
        .where(eq(fair.id, w.fair));
    case "participate":
      return attempt(() =>
        db.transaction(async (tx) => {
          await tx.insert(fairParticipation).values({
            id: next("p"),
            fairId: w.fair,
            establishmentId: w.establishment,
            provinceId: DONG_THAP,
            abroad: false,
            year: 2024,
            wholeBooths: w.booths.whole,
            sharedBoothKey: w.booths.key,
            sharedBoothShareBps: w.booths.key ? 5000 : null,
            boothRent: 10_000_000n,
            supportShareBps: 8000,
            supportAmount: 8_000_000n,
          });
          if (w.rollBack) throw new Error("rolled back on purpose");
        }),
      );
    case "shareAll":
      return attempt(() =>
        db
          .update(fairParticipation)
          .set({ sharedBoothKey: w.key, sharedBoothShareBps: w.key ? 2500 : null })
          .where(eq(fairParticipation.fairId, w.fair)),
      );
    case "move":
      return attempt(() =>
        db.update(fairParticipation).set({ fairId: w.to }).where(eq(fairParticipation.fairId, w.from)),
      );
    case "remove":
      return db
        .delete(fairParticipation)
        .where(
          w.establishment
            ? sql`${fairParticipation.fairId} = ${w.fair} AND ${fairParticipation.establishmentId} = ${w.establishment}`
            : eq(fairParticipation.fairId, w.fair),
        );
    case "round":
      return db.update(selectionRound).set({ status: w.status }).where(eq(selectionRound.id, w.round));
    case "entry":
      return attempt(async () => {
        const id = next("entry");
        await db.insert(selectionEntry).values({
          id,
          roundId: w.round,
          establishmentId: w.establishment,
          productName: "Chiếu cói",
          productNameFolded: "chieu coi",
          productGroup: w.group,
          searchText: "chieu coi",
        });
        if (w.withdrawn)
          await db.update(selectionEntry).set({ status: "WITHDRAWN" }).where(eq(selectionEntry.id, id));
      });
    case "certify": {
      const id = next("cert");
      const year = Number(w.issuedOn.slice(0, 4));
      const level = ({ r1: "TINH", r2: "KHU_VUC", r9: "QUOC_GIA" } as const)[w.round];
      await db.insert(selectionCertificate).values({
        id,
        number: `${id}/${year}/CNNT`,
        sequence: serial,
        issuerKey: w.round,
        level,
        year,
        roundId: w.round,
        establishmentId: w.establishment,
        establishmentName: "Cơ sở chiếu cói",
        productName: "Chiếu cói",
        productGroup: "G1",
        issuedOn: w.issuedOn,
        validUntil: `${year + 2}-12-31`,
        decisionNumber: "1/QĐ",
        decisionOn: w.issuedOn,
        decisionSigner: "Chủ tịch",
        publicId: id,
        searchText: "chieu coi",
      });
      if (w.afterwards === "revoke")
        await db
          .update(selectionCertificate)
          .set({ status: "REVOKED", revokedOn: w.issuedOn, revokingDecisionNumber: "2/QĐ" })
          .where(eq(selectionCertificate.id, id));
      if (w.afterwards === "delete")
        await db.delete(selectionCertificate).where(eq(selectionCertificate.id, id));
      return;
    }
  }
}

/**
 * Counts follow the records whatever writes them (decision 0016): random fairs changing state, level, place and
 * date, participations added (some rolled back), re-keyed and moved several at a time, removed, rounds recognised
 * and reopened, entries withdrawn, certificates issued, revoked and deleted — the summary always equals a recount
 * from the tables, on both engines.
 */
describe.each(engines)("record counts under random writes on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const db = database.db;
    await seedSampleCommunes({ db });
    await db.insert(establishment).values(
      ESTABLISHMENTS.map((id) => ({
        id,
        provinceId: DONG_THAP,
        communeId: COMMUNE_DONG_THAP,
        name: `Cơ sở ${id}`,
        legalForm: "HKD",
        subjectClass: "CNNT",
        industries: [],
        searchText: id,
        sortKey: id,
        eligibilityVerdict: "ELIGIBLE",
        eligibilityEvaluatedOn: "2024-01-01",
      })),
    );
    await db.insert(fair).values(
      FAIRS.map((id) => ({
        id,
        code: `HC-${id}`,
        name: "Hội chợ CNNT",
        level: "REGIONAL" as const,
        kind: "CNNT" as const,
        hostName: "Sở Công Thương",
        organiserName: "Trung tâm Khuyến công",
        venueUnitId: DONG_THAP,
        startDate: "2024-10-01",
        endDate: "2024-10-01",
        year: 2024,
        provinceId: DONG_THAP,
        searchText: "hoi cho",
        sortKey: id,
      })),
    );
    await db.insert(selectionRound).values([
      {
        id: "r1",
        code: "r1",
        title: "Bình chọn cấp tỉnh",
        level: "TINH",
        provinceId: DONG_THAP,
        year: 2018,
        organiserName: "Sở",
        searchText: "r1",
      },
      {
        id: "r2",
        code: "r2",
        title: "Bình chọn khu vực",
        level: "KHU_VUC",
        regionCode: "NAM",
        year: 2018,
        organiserName: "Cục",
        searchText: "r2",
      },
    ]);
  });
  afterAll(async () => database?.close());

  it("keeps the summary equal to a recount after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 10 }), async (writes) => {
        for (const w of writes) await apply(database.db, w);
        expect(await summaryDrift(database.db)).toEqual([]);
      }),
      { numRuns: engine === "pglite" ? 25 : 15 },
    );
    await rebuildSummary(database.db);
    expect(await summaryDrift(database.db)).toEqual([]);
  });

  it("counts a held fair's participations and booths apart, and a revoked certificate as issued", async () => {
    const db = database.db;
    const cells = async () =>
      Object.fromEntries(
        rowsOf<{ cell: string; n: number }>(
          await db.execute(sql`SELECT indicator || '/' || content AS cell, sum(value)::int AS n FROM figure_summary
            WHERE year = 2026 AND origin = 'RECORDS' GROUP BY 1 HAVING sum(value) <> 0`),
        ).map((r) => [r.cell, r.n]),
      );
    await db.insert(fair).values({
      id: "f9",
      code: "HC-2026-0009",
      name: "Hội chợ CNNT",
      level: "NATIONAL",
      kind: "CNNT",
      hostName: "Cục",
      organiserName: "Cục",
      venueUnitId: DONG_THAP,
      startDate: "2026-03-10",
      endDate: "2026-03-12",
      year: 2026,
      searchText: "hoi cho",
      sortKey: "f9",
    });
    const shared = { wholeBooths: 0, sharedBoothShareBps: 5000, sharedBoothKey: "S" };
    const base = {
      fairId: "f9",
      provinceId: DONG_THAP,
      abroad: false,
      year: 2026,
      boothRent: 1n,
      supportShareBps: 0,
      supportAmount: 0n,
    };
    await db.insert(fairParticipation).values([
      { ...base, id: "q1", establishmentId: "e1", wholeBooths: 2 },
      { ...base, id: "q2", establishmentId: "e2", ...shared },
      { ...base, id: "q3", establishmentId: "e3", ...shared },
    ]);
    expect(await cells()).toEqual({});
    await db.update(fair).set({ status: "HELD" }).where(eq(fair.id, "f9"));
    expect(await cells()).toEqual({
      "FAIRS_ORGANISED/NATIONAL": 1,
      "FAIR_PARTICIPATIONS/DOMESTIC": 3,
      "BOOTHS/DOMESTIC": 3,
    });
    await db.update(fair).set({ status: "CANCELLED", cancelReason: "Bão" }).where(eq(fair.id, "f9"));
    expect(await cells()).toEqual({});
    await db.insert(selectionRound).values({
      id: "r9",
      code: "r9",
      title: "Bình chọn quốc gia",
      level: "QUOC_GIA",
      year: 2026,
      organiserName: "Cục",
      searchText: "r9",
      status: "CLOSED",
    });
    await apply(db, {
      kind: "certify",
      round: "r9",
      establishment: "e1",
      issuedOn: "2026-11-20",
      afterwards: "revoke",
    });
    expect(await cells()).toEqual({ "SELECTION_ROUNDS/QUOC_GIA": 1, "PRODUCTS_CERTIFIED/QUOC_GIA:G1": 1 });
    expect(await summaryDrift(db)).toEqual([]);
  });
});
