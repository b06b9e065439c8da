import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { establishment, selectionEntry, selectionRound } from "../src/db/schema/index";
import { decision, entry, est, round } from "./selection-certificates.fixtures";
import {
  COMMUNE_DONG_THAP,
  COMMUNE_HA_NOI,
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestContext,
} from "./support";

/**
 * The certificates tab's starting point (GET /selection-rounds/{id}/certificates): the recognised products in rank
 * order with the certificate each has, and the issue action greyed with the reason the POST would give — for the
 * approver, the organiser's officer, central staff and another province.
 */
describe.each(engines)("a round's certificate state on %s", (engine) => {
  let ctx: TestContext;
  const path = (roundId: string) => `/api/v1/selection-rounds/${roundId}/certificates`;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await ctx.db
      .insert(establishment)
      .values([
        est("est-dt", DONG_THAP, COMMUNE_DONG_THAP, "Cơ sở chiếu cói Định Yên"),
        est("est-hn", HA_NOI, COMMUNE_HA_NOI, "Hợp tác xã gốm Bát Tràng"),
      ]);
    await ctx.db
      .insert(selectionRound)
      .values([
        round("R-DT", DONG_THAP),
        round("R-HN", HA_NOI),
        { ...round("R-DT-JUDGING", DONG_THAP), status: "JUDGING" as const },
        { ...round("R-DT-PROPOSED", DONG_THAP), status: "RESULTS_PROPOSED" as const },
      ]);
    await ctx.db.insert(selectionEntry).values([
      { ...entry("e1", "R-DT", "est-dt", DONG_THAP, "Túi cói thủ công"), rank: 2, meanScore: "81.5000" },
      { ...entry("e2", "R-DT", "est-dt", DONG_THAP, "Chiếu cói hoa văn"), rank: 1, meanScore: "88.2500" },
      entry("e3", "R-DT", "est-dt", DONG_THAP, "Thảm cói", "NOT_RECOGNISED"),
      entry("e4", "R-HN", "est-hn", HA_NOI, "Bình gốm men lam"),
      {
        ...entry("p1", "R-DT-PROPOSED", "est-dt", DONG_THAP, "Giỏ cói", "ELIGIBLE"),
        proposed: true,
        rank: 1,
      },
      { ...entry("p2", "R-DT-PROPOSED", "est-dt", DONG_THAP, "Hộp cói", "ELIGIBLE"), rank: 2 },
      { ...entry("p3", "R-DT-PROPOSED", "est-dt", DONG_THAP, "Nón cói", "WITHDRAWN"), proposed: true },
    ]);
  });
  afterAll(async () => ctx?.close());

  it("lists the recognised products by rank and lets the approver issue until each has its certificate", async () => {
    const { client: leader } = await signedIn(ctx, { role: "PROVINCIAL_LEADER" });
    const before = await json(await leader.get(path("R-DT")));
    expect(before.recognised.map((e: { entryId: string }) => e.entryId)).toEqual(["e2", "e1"]);
    expect(before.recognised[0]).toMatchObject({
      productName: "Chiếu cói hoa văn",
      establishmentName: "Cơ sở chiếu cói Định Yên",
      meanScore: "88.2500",
      certificateId: null,
    });
    expect(before.actions.issue).toEqual({ available: true, reasons: [] });

    expect((await leader.post(path("R-DT"), { ...decision, entryIds: ["e2"] })).status).toBe(201);
    const partly = await json(await leader.get(path("R-DT")));
    expect(partly.recognised[0].certificateNumber).toMatch(/^\d+\/2026\//);
    expect(partly.actions.issue.available).toBe(true);

    expect((await leader.post(path("R-DT"), { ...decision, entryIds: ["e1"] })).status).toBe(201);
    const done = await json(await leader.get(path("R-DT")));
    expect(done.actions.issue).toMatchObject({
      available: false,
      reasons: [{ code: "SELECTION_CERTIFICATE_EXISTS" }],
    });
    // The greyed button's reason is the refusal the server gives when the issue is tried anyway.
    const refused = await leader.post(path("R-DT"), { ...decision, entryIds: ["e1"] });
    expect(refused.status).toBe(409);
    expect((await json(refused)).code).toBe("SELECTION_CERTIFICATE_EXISTS");
  });

  it("greys the issue for a round not yet recognised, with the code the server refuses with", async () => {
    const { client: leader } = await signedIn(ctx, { role: "PROVINCIAL_LEADER" });
    const state = await json(await leader.get(path("R-DT-JUDGING")));
    expect(state.recognised).toEqual([]);
    expect(state.actions.issue.reasons.map((r: { code: string }) => r.code)).toEqual([
      "SELECTION_CERTIFICATE_NOT_ALLOWED",
    ]);
    const refused = await leader.post(path("R-DT-JUDGING"), { ...decision, entryIds: ["e3"] });
    expect((await json(refused)).code).toBe("SELECTION_CERTIFICATE_NOT_ALLOWED");
  });

  it("shows the officer and central staff why they cannot issue, and hides another province's round", async () => {
    for (const role of ["CENTRAL_LEADER", "CENTRAL_OFFICER", "AUDITOR"] as const) {
      const { client } = await signedIn(ctx, { role });
      const state = await json(await client.get(path("R-HN")));
      expect(state.recognised, role).toHaveLength(1);
      // A provincial round's certificates are the province's leader's to issue (Art. 17).
      expect(state.actions.issue.available, role).toBe(false);
    }
    const { client: officer } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    const state = await json(await officer.get(path("R-DT")));
    expect(state.recognised).toHaveLength(2);
    expect(state.actions.issue.available).toBe(false);
    expect(state.actions.issue.reasons[0]).toMatchObject({ code: "FORBIDDEN" });
    const hanoiOfficer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    expect((await hanoiOfficer.get(path("R-DT"))).status).toBe(404);
    expect((await officer.get(path("R-HN"))).status).toBe(404);
    expect((await hanoiOfficer.get(path("R-HN"))).status).toBe(200);
    expect((await (await signedIn(ctx, { role: "JUROR" })).client.get(path("R-DT"))).status).toBe(404);
    expect((await ctx.client().get(path("R-DT"))).status).toBe(401);
  });

  it("recognises exactly the council's proposed entries when the approver takes the recognition step", async () => {
    const { client: leader } = await signedIn(ctx, { role: "PROVINCIAL_LEADER" });
    const step = await leader.post("/api/v1/selection-rounds/R-DT-PROPOSED/steps", {
      version: 1,
      step: "RECOGNISE",
      effectiveOn: "2026-03-09",
      decision: { number: "45/QĐ-UBND", issuedOn: "2026-03-09", signer: "Nguyễn Văn Minh" },
    });
    expect(step.status).toBe(200);
    const statuses = await ctx.db
      .select({ id: selectionEntry.id, status: selectionEntry.status })
      .from(selectionEntry)
      .where(eq(selectionEntry.roundId, "R-DT-PROPOSED"))
      .orderBy(selectionEntry.id);
    expect(statuses).toEqual([
      { id: "p1", status: "RECOGNISED" },
      { id: "p2", status: "NOT_RECOGNISED" },
      { id: "p3", status: "WITHDRAWN" },
    ]);
    const state = await json(await leader.get(path("R-DT-PROPOSED")));
    expect(state.recognised.map((e: { entryId: string }) => e.entryId)).toEqual(["p1"]);
    expect(state.actions.issue.available).toBe(true);
  });
});
