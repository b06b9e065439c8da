import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  establishment,
  selectionCriterion,
  selectionEntry,
  selectionMember,
  selectionRound,
  selectionScore,
  selectionScoreSheet,
} from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  DONG_THAP,
  engines,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/** A closed round of `entries` entries scored by `jurors` jurors on 4 criteria of 25 points. */
async function closedRound(ctx: TestContext, id: string, entries: number, jurors: number) {
  await ctx.db.insert(selectionRound).values({
    id,
    code: id,
    title: `Bình chọn ${id}`,
    level: "TINH",
    provinceId: DONG_THAP,
    year: 2027,
    organiserName: "Sở Công Thương",
    searchText: id.toLowerCase(),
    status: "JUDGING",
  });
  const members = Array.from({ length: jurors }, (_, j) => ({
    id: `${id}-m${j}`,
    roundId: id,
    body: "JURY" as const,
    role: j === 0 ? ("JURY_HEAD" as const) : ("JUROR" as const),
    fullName: `Giám khảo ${j + 1}`,
  }));
  await ctx.db
    .insert(selectionMember)
    .values([
      ...members,
      { id: `${id}-chair`, roundId: id, body: "COUNCIL", role: "CHAIR", fullName: "Chủ tịch" },
    ]);
  const criteria = (["C1", "C2", "C3", "C4"] as const).map((group, i) => ({
    id: `${id}-c${i}`,
    roundId: id,
    criterionGroup: group,
    position: i + 1,
    label: `Tiêu chí ${i + 1}`,
    maxPoints: "25",
  }));
  await ctx.db.insert(selectionCriterion).values(criteria);
  const entryRows = Array.from({ length: entries }, (_, k) => ({
    id: `${id}-e${k}`,
    roundId: id,
    establishmentId: "est-sum",
    productName: `Sản phẩm ${k + 1}`,
    productNameFolded: `san pham ${k + 1}`,
    productGroup: "G1" as const,
    searchText: `san pham ${k + 1}`,
    status: "ELIGIBLE" as const,
  }));
  await ctx.db.insert(selectionEntry).values(entryRows);
  const sheets = entryRows.flatMap((entry) =>
    members.map((member) => ({
      id: `${entry.id}-${member.id}`,
      roundId: id,
      entryId: entry.id,
      memberId: member.id,
      total: "80",
    })),
  );
  await ctx.db.insert(selectionScoreSheet).values(sheets);
  await ctx.db
    .insert(selectionScore)
    .values(
      sheets.flatMap((sheet) =>
        criteria.map((c) => ({ sheetId: sheet.id, criterionId: c.id, points: "20" })),
      ),
    );
  await ctx.db
    .update(selectionRound)
    .set({ scoringClosedAt: new Date(), scoringClosedByMemberId: `${id}-m0` })
    .where(eq(selectionRound.id, id));
}

/** The establishment every entry of these rounds comes from. */
async function seedEntrant(ctx: TestContext) {
  await seedSampleCommunes(ctx);
  await ctx.db.insert(establishment).values({
    id: "est-sum",
    provinceId: DONG_THAP,
    communeId: COMMUNE_DONG_THAP,
    name: "Cơ sở chiếu cói Định Yên",
    legalForm: "HKD",
    subjectClass: "CNNT",
    industries: ["N_DD"],
    searchText: "co so chieu coi dinh yen",
    sortKey: "e|sum",
    eligibilityVerdict: "ELIGIBLE",
    eligibilityEvaluatedOn: "2027-01-01",
  });
}

/**
 * The scoring summary reads a round in a fixed number of statements whose parameters do not grow with the round.
 * It used to read the scores by a list of every sheet's id: a round of 300 entries and 13 jurors sent one statement
 * of 3,900 parameters and read 31,200 rows, about 300 ms of the 550 ms the summary took (docs/benchmarks.md).
 */
describe.each(engines)("scoring summary statements on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  const seen: { params: number }[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(engine, {
      queryLogger: { logQuery: (_query, params) => void seen.push({ params: params.length }) },
    });
    await seedEntrant(ctx);
    await closedRound(ctx, "R-SMALL", 2, 3);
    await closedRound(ctx, "R-LARGE", 30, 7);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  async function cost(roundId: string) {
    seen.length = 0;
    const response = await officer.get(`/api/v1/selection-rounds/${roundId}/scoring/summary`);
    expect(response.status, await response.clone().text()).toBe(200);
    const body = await json(response);
    return { statements: seen.length, maxParams: Math.max(...seen.map((s) => s.params)), body };
  }

  it("reads a round of 210 sheets in the statements of a round of 6, none with more parameters", async () => {
    const small = await cost("R-SMALL");
    const large = await cost("R-LARGE");
    expect(small.body.rows).toHaveLength(2);
    expect(large.body.rows).toHaveLength(30);
    // Every sheet was read with its scores: each entry is summarised at 4 × 20 = 80 points.
    expect(large.body.rows.every((row: { meanText: string }) => row.meanText === "80,00")).toBe(true);
    expect(small.statements).toBeGreaterThan(3); // the counter sees the statements (session, round, sheets)
    expect(large.statements).toBe(small.statements);
    expect(large.maxParams).toBe(small.maxParams);
  });
});

/**
 * After the jury head closes scoring the sheets cannot change until the round goes back to judging, which clears the
 * closing time: the summary keeps them per closing (platform/cache.ts, `closedScoreSheets`) and a new closing reads
 * them again.
 */
describe.each(engines)("frozen score sheets of a closed round on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  const seen: string[] = [];
  const sheetReads = () => seen.filter((query) => query.includes('"selection_score_sheet"')).length;

  beforeAll(async () => {
    ctx = await createTestContext(engine, {
      referenceCacheSeconds: 300,
      queryLogger: { logQuery: (query) => void seen.push(query) },
    });
    await seedEntrant(ctx);
    await closedRound(ctx, "R-FROZEN", 3, 3);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  async function means(): Promise<string[]> {
    const response = await officer.get("/api/v1/selection-rounds/R-FROZEN/scoring/summary");
    expect(response.status, await response.clone().text()).toBe(200);
    const body = await json(response);
    return body.rows.map((row: { meanText: string }) => row.meanText);
  }

  it("reads the sheets once per closing, and again after the round is closed anew", async () => {
    seen.length = 0;
    expect(await means()).toEqual(["80,00", "80,00", "80,00"]);
    const afterFirst = sheetReads();
    expect(afterFirst).toBeGreaterThan(0);
    expect(await means()).toEqual(["80,00", "80,00", "80,00"]);
    expect(sheetReads()).toBe(afterFirst);

    // Back to judging (closing cleared), one juror lowers one criterion of the first entry, closed again later.
    await ctx.db
      .update(selectionRound)
      .set({ scoringClosedAt: null, scoringClosedByMemberId: null })
      .where(eq(selectionRound.id, "R-FROZEN"));
    await ctx.db
      .update(selectionScore)
      .set({ points: "14" })
      .where(eq(selectionScore.sheetId, "R-FROZEN-e0-R-FROZEN-m1"));
    await ctx.db
      .update(selectionRound)
      .set({ scoringClosedAt: new Date(Date.now() + 60_000), scoringClosedByMemberId: "R-FROZEN-m0" })
      .where(eq(selectionRound.id, "R-FROZEN"));
    // Sheet m1 of entry e0 now totals 4 × 14 = 56: the mean of 80, 56 and 80 is 72.
    // (Rows come in rank order: the lowered entry is last.)
    expect(await means()).toEqual(["80,00", "80,00", "72,00"]);
    expect(sheetReads()).toBe(afterFirst + 1);
  });
});
