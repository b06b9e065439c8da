import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  establishment,
  selectionEntry,
  selectionMember,
  selectionRound,
} from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Scoring end to end over HTTP (issue 16, S4): the jury head proposes the frame, the council chair approves it,
 * three jurors score on their own sheets, none sees another's sheet before closing, a juror tied to an entrant is
 * refused, bad scores name their criterion, two saves of one sheet conflict, closing computes the summary from
 * stored sheets only. Reach: a juror of another round, another province's officer: 404; central staff: read.
 */
const R = "R-DT-2027";
const OTHER = "R-HN-2027";
const base = (id: string, provinceId: string) => ({
  id,
  code: id,
  title: `Bình chọn sản phẩm CNNT tiêu biểu ${id}`,
  level: "TINH" as const,
  provinceId,
  year: 2027,
  organiserName: "Sở Công Thương",
  searchText: id.toLowerCase(),
  status: "JUDGING" as const,
});

describe.each(engines)("selection scoring on %s", (engine) => {
  let ctx: TestContext;
  let head: TestClient;
  let juror2: TestClient;
  let juror3: TestClient;
  let chair: TestClient;
  let outsider: TestClient;
  let officer: TestClient;
  let hanoiOfficer: TestClient;
  let central: TestClient;
  const roundVersion = async () =>
    (await ctx.db.select().from(selectionRound).where(eq(selectionRound.id, R)))[0]?.version ?? 0;
  const sheet = (
    client: TestClient,
    entryId: string,
    scores: Record<string, string>,
    version: number | null = null,
  ) =>
    client.request("PUT", `/api/v1/selection-rounds/${R}/entries/${entryId}/sheet`, {
      scores,
      note: "",
      version,
    });
  let criteria: string[] = [];
  const scoresOf = (...points: string[]) =>
    Object.fromEntries(criteria.map((id, i) => [id, points[i] as string]));

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    const est = (id: string, name: string) => ({
      id,
      provinceId: DONG_THAP,
      communeId: COMMUNE_DONG_THAP,
      name,
      legalForm: "HKD" as const,
      subjectClass: "CNNT" as const,
      industries: ["N_DD"],
      searchText: name,
      sortKey: `e|${id}`,
      eligibilityVerdict: "ELIGIBLE" as const,
      eligibilityEvaluatedOn: "2027-01-01",
    });
    await ctx.db
      .insert(establishment)
      .values([est("est-a", "Cơ sở chiếu cói Định Yên"), est("est-b", "Cơ sở bánh pía Sóc Trăng")]);
    await ctx.db.insert(selectionRound).values([base(R, DONG_THAP), base(OTHER, HA_NOI)]);
    const users = await Promise.all(
      ["Trần Văn Bình", "Lê Thị Cúc", "Phạm Minh Đức", "Nguyễn Chủ Tịch", "Hồ Người Ngoài"].map(
        async (name, i) => signedIn(ctx, { role: i === 3 ? "PROVINCIAL_LEADER" : "JUROR", name }),
      ),
    );
    const clients = users.map((u) => u.client);
    [head, juror2, juror3, chair, outsider] = [0, 1, 2, 3, 4].map((i) => clients[i] as TestClient) as [
      TestClient,
      TestClient,
      TestClient,
      TestClient,
      TestClient,
    ];
    const [u1, u2, u3, u4, u5] = users.map((u) => u.user.id);
    await ctx.db.insert(selectionMember).values([
      { id: "m-head", roundId: R, body: "JURY", role: "JURY_HEAD", fullName: "Trần Văn Bình", userId: u1 },
      {
        id: "m-2",
        roundId: R,
        body: "JURY",
        role: "JUROR",
        fullName: "Lê Thị Cúc",
        userId: u2,
        conflictEstablishmentIds: ["est-b"],
      },
      { id: "m-3", roundId: R, body: "JURY", role: "JUROR", fullName: "Phạm Minh Đức", userId: u3 },
      { id: "m-chair", roundId: R, body: "COUNCIL", role: "CHAIR", fullName: "Nguyễn Chủ Tịch", userId: u4 },
      {
        id: "m-out",
        roundId: OTHER,
        body: "JURY",
        role: "JURY_HEAD",
        fullName: "Hồ Người Ngoài",
        userId: u5,
      },
    ]);
    const entry = (id: string, establishmentId: string, productName: string) => ({
      id,
      roundId: R,
      establishmentId,
      productName,
      productNameFolded: productName.toLowerCase(),
      productGroup: "G1" as const,
      searchText: productName,
      status: "ELIGIBLE" as const,
    });
    await ctx.db
      .insert(selectionEntry)
      .values([entry("e-a", "est-a", "Chiếu cói"), entry("e-b", "est-b", "Bánh pía")]);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoiOfficer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  it("reaches the round only for its members and the officers whose scope holds it", async () => {
    const path = `/api/v1/selection-rounds/${R}/scoring`;
    expect((await head.get(path)).status).toBe(200);
    expect((await officer.get(path)).status).toBe(200);
    expect((await central.get(path)).status).toBe(200);
    expect((await outsider.get(path)).status).toBe(404);
    expect((await hanoiOfficer.get(path)).status).toBe(404);
    expect((await ctx.client().get(path)).status).toBe(401);
    // An officer reaches the round but holds no jury seat: writing a sheet is not their ability.
    expect((await sheet(officer, "e-a", {})).status).toBe(403);
  });

  it("lets only the jury head propose a frame, refuses a bad one field by field, and only the chair approve it", async () => {
    const frame = (maxPoints: string[]) => ({
      roundVersion: 0,
      criteria: (["C1", "C2", "C3", "C4"] as const).map((group, i) => ({
        criterionGroup: group,
        label: `Tiêu chí nhóm ${group}`,
        maxPoints: maxPoints[i],
      })),
    });
    const put = async (client: TestClient, body: ReturnType<typeof frame>) =>
      client.request("PUT", `/api/v1/selection-rounds/${R}/frame`, {
        ...body,
        roundVersion: await roundVersion(),
      });
    expect((await json(await put(juror2, frame(["30", "30", "30", "10"])))).code).toBe(
      "SELECTION_NOT_A_MEMBER",
    );
    const bad = await put(head, frame(["30", "30", "30", "12.25"]));
    expect(bad.status).toBe(422);
    const problem = await json(bad);
    expect(problem.code).toBe("SELECTION_FRAME_INVALID");
    expect(problem.errors[0]).toMatchObject({ path: "body.criteria.3.maxPoints" });
    expect((await put(head, frame(["30", "25", "30", "15"]))).status).toBe(204);
    const page = await json(await head.get(`/api/v1/selection-rounds/${R}/scoring`));
    criteria = page.criteria.map((c: { id: string }) => c.id);
    expect(page.frameTotal).toBe("100");
    expect(page.actions.score.reasons[0].code).toBe("SELECTION_FRAME_NOT_APPROVED");
    const approve = (client: TestClient) => async () =>
      client.post(`/api/v1/selection-rounds/${R}/frame/approve`, { roundVersion: await roundVersion() });
    expect((await await approve(head)()).status).toBe(403);
    expect((await await approve(chair)()).status).toBe(204);
    expect((await json(await put(head, frame(["30", "30", "30", "10"])))).code).toBe(
      "SELECTION_FRAME_LOCKED",
    );
  });

  it("keeps each juror's sheet their own: refused scores name the criterion, conflicts and versions are enforced", async () => {
    const above = await json(await sheet(head, "e-a", scoresOf("31", "20", "20", "10")));
    expect(above.code).toBe("SELECTION_SCORE_ABOVE_MAX");
    expect(above.errors[0]).toMatchObject({ path: `body.scores.${criteria[0]}` });
    expect(above.detail).toContain("Tiêu chí 1");
    expect((await json(await sheet(head, "e-a", scoresOf("20.25", "20", "20", "10")))).code).toBe(
      "SELECTION_SCORE_STEP_INVALID",
    );
    expect((await json(await sheet(head, "e-a", scoresOf("20", "20", "20")))).code).toBe(
      "SELECTION_SCORE_INCOMPLETE",
    );
    expect((await json(await sheet(juror2, "e-b", scoresOf("20", "20", "20", "10")))).code).toBe(
      "SELECTION_CONFLICT_OF_INTEREST",
    );
    expect((await sheet(outsider, "e-a", scoresOf("20", "20", "20", "10"))).status).toBe(404);

    // Two jurors saving at once: one row each, neither overwrites the other.
    const [a, b] = await Promise.all([
      sheet(head, "e-a", scoresOf("28", "22", "25.5", "12")),
      sheet(juror2, "e-a", scoresOf("25", "20", "24", "11")),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await json(a)).total).toBe("87.5");
    // A second save from a stale tab of the same juror is a conflict; the current version goes through.
    expect((await sheet(head, "e-a", scoresOf("28", "22", "25", "12"), null)).status).toBe(409);
    expect((await sheet(head, "e-a", scoresOf("28", "22", "25", "12"), 1)).status).toBe(200);
    expect((await sheet(head, "e-a", scoresOf("28", "22", "25", "12"), 1)).status).toBe(409);

    // Another juror's sheet is invisible until closing; one's own is always readable.
    expect((await juror2.get(`/api/v1/selection-rounds/${R}/entries/e-a/sheets/m-head`)).status).toBe(404);
    expect((await officer.get(`/api/v1/selection-rounds/${R}/entries/e-a/sheets/m-head`)).status).toBe(404);
    expect(
      await json(await head.get(`/api/v1/selection-rounds/${R}/entries/e-a/sheets/m-head`)),
    ).toMatchObject({
      total: "87",
      version: 2,
    });
    expect((await officer.get(`/api/v1/selection-rounds/${R}/scoring/summary`)).status).toBe(404);
  });

  it("closes only with every non-conflicted sheet in, then summarises from stored sheets: mean, ≥ 70, rank", async () => {
    const close = async () =>
      head.post(`/api/v1/selection-rounds/${R}/scoring/close`, { roundVersion: await roundVersion() });
    const early = await json(await close());
    expect(early.code).toBe("SELECTION_SHEETS_MISSING");
    expect(early.detail).toContain("Phạm Minh Đức");
    await sheet(juror3, "e-a", scoresOf("26", "21", "25", "13.5")); // 85,5
    await sheet(head, "e-b", scoresOf("20", "15", "20", "10")); // 65
    await sheet(juror3, "e-b", scoresOf("20", "16", "22", "11.5")); // 69.5; Lê Thị Cúc is tied to est-b
    expect(
      (
        await await juror2.post(`/api/v1/selection-rounds/${R}/scoring/close`, {
          roundVersion: await roundVersion(),
        })
      ).status,
    ).toBe(403);
    expect((await close()).status).toBe(204);

    const summary = await json(await officer.get(`/api/v1/selection-rounds/${R}/scoring/summary`));
    expect(
      summary.rows.map((r: { productName: string; meanText: string; passes: boolean; rank: number }) => [
        r.productName,
        r.meanText,
        r.passes,
        r.rank,
      ]),
    ).toEqual([
      ["Chiếu cói", "84,17", true, 1], // (87 + 80 + 85,5) / 3 = 84,1666…
      ["Bánh pía", "67,25", false, 2], // (65 + 69,5) / 2, the tied juror left out
    ]);
    expect(summary.rows[1].totals.find((t: { memberId: string }) => t.memberId === "m-2")).toEqual({
      memberId: "m-2",
      total: null,
      conflicted: true,
    });
    const [stored] = await ctx.db.select().from(selectionEntry).where(eq(selectionEntry.id, "e-a"));
    expect([stored?.meanScore, stored?.rank]).toEqual(["84.1700", 1]);
    // Sheets are frozen and now readable by the other jurors.
    expect((await sheet(head, "e-a", scoresOf("30", "25", "30", "15"), 2)).status).toBe(409);
    expect((await juror2.get(`/api/v1/selection-rounds/${R}/entries/e-a/sheets/m-head`)).status).toBe(200);
    const xlsx = await officer.get(`/api/v1/selection-rounds/${R}/scoring/summary.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const rows = workbook.worksheets[0]?.getSheetValues() ?? [];
    expect(JSON.stringify(rows[2])).toContain("84,17");
  });

  it("lets the organiser record the council's list, only of entries at or above 70", async () => {
    const put = async (ids: string[]) =>
      officer.request("PUT", `/api/v1/selection-rounds/${R}/proposed-list`, {
        roundVersion: await roundVersion(),
        entryIds: ids,
      });
    expect((await json(await put(["e-a", "e-b"]))).code).toBe("SELECTION_ENTRY_BELOW_THRESHOLD");
    expect((await put(["e-a"])).status).toBe(204);
    const [a] = await ctx.db.select().from(selectionEntry).where(eq(selectionEntry.id, "e-a"));
    expect(a?.proposed).toBe(true);
    expect(
      (
        await head.request("PUT", `/api/v1/selection-rounds/${R}/proposed-list`, {
          roundVersion: 1,
          entryIds: [],
        })
      ).status,
    ).toBe(403);
    const actions = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, "selection_round"));
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        "SELECTION_FRAME_APPROVED",
        "SELECTION_SCORING_CLOSED",
        "SELECTION_LIST_PROPOSED",
      ]),
    );
  });
});
