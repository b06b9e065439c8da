import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectionCertificate, selectionEntry, selectionRound } from "../src/db/schema/index";
import { projectInput } from "./project-support";
import { decision, entry, round } from "./selection-certificates.fixtures";
import {
  COMMUNE_HA_NOI,
  createTestContext,
  DONG_THAP,
  engines,
  establishmentInput,
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
  let dongThapId = "";
  let hanoiId = "";
  const eligibilityOf = async (client: TestClient, id: string) =>
    (await json(await client.get(`/api/v1/establishments/${id}`))).eligibility;
  const beneficiaryOf = async () =>
    (await json(await officer.get(`/api/v1/projects/${projectId}`))).beneficiaries[0];

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    leader = (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client;
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    // Registered through the API, so the stored eligibility verdict is the real one.
    const register = async (client: TestClient, input: object) =>
      (await json(await client.post("/api/v1/establishments", input))).id as string;
    dongThapId = await register(officer, establishmentInput({ taxCode: null }));
    hanoiId = await register(hanoi, establishmentInput({ taxCode: null, communeId: COMMUNE_HA_NOI }));
    await ctx.db.insert(selectionRound).values(round("R-DT", DONG_THAP));
    await ctx.db
      .insert(selectionEntry)
      .values([
        entry("e1", "R-DT", dongThapId, DONG_THAP, "Chiếu cói hoa văn"),
        entry("e2", "R-DT", dongThapId, DONG_THAP, "Túi cói thủ công"),
      ]);
    const created = await officer.post("/api/v1/projects", projectInput(dongThapId));
    expect(created.status).toBe(201);
    projectId = (await json(created)).id;
  });
  afterAll(async () => ctx?.close());

  it("has no flag before any certificate, and another province's officer still gets 404", async () => {
    expect((await eligibilityOf(officer, dongThapId)).certificatePriority).toBeNull();
    expect((await beneficiaryOf()).certificatePriority).toBeNull();
    expect((await hanoi.get(`/api/v1/establishments/${dongThapId}`)).status).toBe(404);
    expect((await eligibilityOf(hanoi, hanoiId)).certificatePriority).toBeNull();
  });

  it("shows the flag with the certificate once issued, in the verdict and in the project's beneficiaries", async () => {
    const issued = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      entryIds: ["e1", "e2"],
    });
    expect(issued.status).toBe(201);
    const [first, second] = (await json(issued)).items;
    const eligibility = await eligibilityOf(officer, dongThapId);
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
      const after = (await eligibilityOf(officer, dongThapId)).certificatePriority;
      if (index === 0) expect(after?.certificateId).toBe(second.id);
      else expect(after).toBeNull();
    }
    const flags = (await eligibilityOf(officer, dongThapId)).priorityFlags;
    expect(flags.map((f: { code: string }) => f.code)).not.toContain("SP_TIEU_BIEU");
    expect((await beneficiaryOf()).certificatePriority).toBeNull();
  });

  it("ends once the validity has ended (31 December of the issue year + 2)", async () => {
    await ctx.db.insert(selectionEntry).values(entry("e3", "R-DT", dongThapId, DONG_THAP, "Thảm cói"));
    const issued = await leader.post("/api/v1/selection-rounds/R-DT/certificates", {
      ...decision,
      entryIds: ["e3"],
    });
    expect(issued.status).toBe(201);
    expect((await eligibilityOf(officer, dongThapId)).certificatePriority?.validUntil).toBe("2028-12-31");
    // A certificate issued in 2023 was valid until 31/12/2025: by today its priority has ended, with no write.
    const [third] = (await json(issued)).items;
    await ctx.db
      .update(selectionCertificate)
      .set({ year: 2023, issuedOn: "2023-05-02", validUntil: "2025-12-31" })
      .where(eq(selectionCertificate.id, third.id));
    expect((await eligibilityOf(officer, dongThapId)).certificatePriority).toBeNull();
  });
});
