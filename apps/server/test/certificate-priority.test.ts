import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { establishment, selectionEntry, selectionRound } from "../src/db/schema/index";
import { projectInput } from "./project-support";
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
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Circular 26 Art. 21 (issue 16 item 7): an establishment holding a valid certificate shows the priority flag in
 * its eligibility verdict and among a project's beneficiaries (the appraisal's view), read from the certificates
 * at each request: it appears on issue, and goes on revocation and once the validity has ended.
 */
describe.each(engines)("certificate priority on %s", (engine) => {
  let ctx: TestContext;
  let leader: TestClient;
  let officer: TestClient;
  let hanoi: TestClient;
  let projectId: string;
  const eligibilityOf = async (client: TestClient, id: string) =>
    (await json(await client.get(`/api/v1/establishments/${id}`))).eligibility;
  const beneficiaryOf = async () =>
    (await json(await officer.get(`/api/v1/projects/${projectId}`))).beneficiaries[0];

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await ctx.db
      .insert(establishment)
      .values([
        est("est-dt", DONG_THAP, COMMUNE_DONG_THAP, "Cơ sở chiếu cói Định Yên"),
        est("est-hn", HA_NOI, COMMUNE_HA_NOI, "Hợp tác xã gốm Bát Tràng"),
      ]);
    await ctx.db.insert(selectionRound).values(round("R-DT", DONG_THAP));
    await ctx.db
      .insert(selectionEntry)
      .values([
        entry("e1", "R-DT", "est-dt", DONG_THAP, "Chiếu cói hoa văn"),
        entry("e2", "R-DT", "est-dt", DONG_THAP, "Túi cói thủ công"),
      ]);
    leader = (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client;
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    const created = await officer.post("/api/v1/projects", projectInput("est-dt"));
    expect(created.status).toBe(201);
    projectId = (await json(created)).id;
  });
  afterAll(async () => ctx?.close());

  it("has no flag before any certificate, and another province's officer still gets 404", async () => {
    expect((await eligibilityOf(officer, "est-dt")).certificatePriority).toBeNull();
    expect((await beneficiaryOf()).certificatePriority).toBeNull();
    expect((await hanoi.get("/api/v1/establishments/est-dt")).status).toBe(404);
    expect((await eligibilityOf(hanoi, "est-hn")).certificatePriority).toBeNull();
  });

  it("shows the flag with the certificate once issued, in the verdict and in the project's beneficiaries", async () => {
    const issued = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      entryIds: ["e1", "e2"],
    });
    expect(issued.status).toBe(201);
    const [first, second] = (await json(issued)).items;
    const eligibility = await eligibilityOf(officer, "est-dt");
    expect(eligibility.certificatePriority).toMatchObject({
      labelVi: "Ưu tiên (Điều 21 TT 26/2014)",
      validUntil: "2028-12-31",
    });
    expect([first.id, second.id]).toContain(eligibility.certificatePriority.certificateId);
    expect(eligibility.priorityFlags.map((f: { code: string }) => f.code)).toContain("SP_TIEU_BIEU");
    expect((await beneficiaryOf()).certificatePriority.publicId).toBe(
      eligibility.certificatePriority.publicId,
    );

    // Revoking one leaves the other's priority; revoking both ends it at once, nothing recomputed.
    for (const [index, cert] of [first, second].entries()) {
      const revoked = await leader.post(`/api/v1/selection-certificates/${cert.id}/revoke`, {
        version: cert.version,
        revokedOn: "2026-06-01",
        decisionNumber: `4${index}/QĐ-UBND`,
        decisionOn: "2026-05-30",
        reason: "Vi phạm an toàn thực phẩm",
      });
      expect(revoked.status).toBe(200);
      const after = (await eligibilityOf(officer, "est-dt")).certificatePriority;
      if (index === 0) expect(after?.certificateId).toBe(second.id);
      else expect(after).toBeNull();
    }
    const flags = (await eligibilityOf(officer, "est-dt")).priorityFlags;
    expect(flags.map((f: { code: string }) => f.code)).not.toContain("SP_TIEU_BIEU");
    expect((await beneficiaryOf()).certificatePriority).toBeNull();
  });

  it("ends when the validity ends (31 December of the issue year + 2)", async () => {
    await ctx.db.insert(selectionEntry).values(entry("e3", "R-DT", "est-dt", DONG_THAP, "Thảm cói"));
    const issued = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      entryIds: ["e3"],
    });
    expect(issued.status).toBe(201);
    expect((await eligibilityOf(officer, "est-dt")).certificatePriority?.validUntil).toBe("2028-12-31");
    ctx.advanceClock(Date.parse("2029-01-02T00:00:00Z") - Date.now());
    // The sessions have outlived their lifetime by then: sign in again on the later day.
    const later = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    expect((await eligibilityOf(later, "est-dt")).certificatePriority).toBeNull();
  });
});
