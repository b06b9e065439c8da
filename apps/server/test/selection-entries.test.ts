import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, selectionEntry } from "../src/db/schema/index";
import { entryInput, seedEntryFixtures } from "./selection-entry-support";
import {
  type BuiltUser,
  buildUser,
  createTestContext,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Entries of a selection round through the HTTP API (issue 16 item 3): who reads and writes them by role and
 * scope, S1 and S2 at the round date, versions, and the round's state. Refused writes leave nothing behind.
 */
describe.each(engines)("selection entries on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let central: TestClient;
  let jurorAccount: BuiltUser;
  const entriesOf = async (roundId: string) =>
    (await ctx.db.select({ n: count() }).from(selectionEntry).where(eq(selectionEntry.roundId, roundId)))[0]
      ?.n;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    jurorAccount = await buildUser(ctx, { role: "JUROR" });
    await seedEntryFixtures(ctx, jurorAccount.id);
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  it("registers an entry with its S1 and S2 verdict and reasons, audited", async () => {
    const response = await dongThap.post("/api/v1/selection-rounds/R-DT/entries", entryInput());
    expect(response.status).toBe(201);
    const entry = await json(response);
    expect(entry.status).toBe("ELIGIBLE");
    expect(entry.eligibility.verdict).toBe("ELIGIBLE");
    expect(entry.eligibility.reasons.map((r: { rule: string }) => r.rule)).toEqual(["S1", "S2"]);
    expect(entry.eligibility.reasons[1].textVi).toContain("Không cần giấy chứng nhận cấp dưới");
    expect(entry.actions.update.available).toBe(true);
    const audits = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, entry.id));
    expect(audits.map((a) => a.action)).toEqual(["SELECTION_ENTRY_REGISTERED"]);
    const again = await dongThap.post(
      "/api/v1/selection-rounds/R-DT/entries",
      entryInput({ productName: "chiếu  cói in hoa định yên" }),
    );
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("SELECTION_ENTRY_DUPLICATE");
  });

  it("keeps an establishment the registry cannot yet judge as registered, with the registry's reason (S1)", async () => {
    const entry = await json(
      await dongThap.post(
        "/api/v1/selection-rounds/R-DT/entries",
        entryInput({ establishmentId: "est-dt-unknown", productName: "Bánh phồng sữa" }),
      ),
    );
    expect(entry.status).toBe("REGISTERED");
    expect(entry.eligibility.verdict).toBe("UNKNOWN");
    expect(entry.eligibility.reasons[0].textVi).toContain("Chưa có số lao động bình quân năm trước");
  });

  it("needs a valid provincial certificate of the same establishment for a regional entry (S2)", async () => {
    const before = await entriesOf("R-NAM");
    for (const [certificate, code, status] of [
      [null, "SELECTION_LOWER_CERTIFICATE_MISSING", 422],
      ["C2", "SELECTION_LOWER_CERTIFICATE_MISSING", 422], // expired on 2025-12-31
      ["C3", "SELECTION_LOWER_CERTIFICATE_MISSING", 422], // revoked
      ["missing", "VALIDATION_FAILED", 400],
    ] as const) {
      const response = await central.post(
        "/api/v1/selection-rounds/R-NAM/entries",
        entryInput({ lowerCertificateId: certificate }),
      );
      expect({ certificate, status: response.status }).toEqual({ certificate, status });
      const problem = await json(response);
      expect(problem.code).toBe(code);
      expect(problem.errors[0].path).toBe("body.lowerCertificateId");
    }
    const withRecommendation = await central.post(
      "/api/v1/selection-rounds/R-NAM/entries",
      entryInput({ recommendationText: "Công văn 45/UBND-KT" }),
    );
    expect((await json(withRecommendation)).detail).toContain("không thay được");
    expect(await entriesOf("R-NAM")).toBe(before);
    const accepted = await central.post(
      "/api/v1/selection-rounds/R-NAM/entries",
      entryInput({ lowerCertificateId: "C1" }),
    );
    expect(accepted.status).toBe(201);
    const entry = await json(accepted);
    expect(entry.lowerCertificate.number).toBe("C1/2025/CNNT-TINH-P34-82");
    expect(entry.eligibility.reasons[1].textVi).toContain("còn hiệu lực đến 31/12/2027");
  });

  it("refuses an establishment outside the round's province and a round that is not taking entries", async () => {
    const other = await central.post(
      "/api/v1/selection-rounds/R-DT/entries",
      entryInput({ establishmentId: "est-hn" }),
    );
    expect(other.status).toBe(400);
    expect((await json(other)).errors[0].path).toBe("body.establishmentId");
    const planned = await dongThap.post("/api/v1/selection-rounds/R-DT-PLANNED/entries", entryInput());
    expect(planned.status).toBe(409);
    expect((await json(planned)).code).toBe("SELECTION_ENTRIES_CLOSED");
  });

  it("reaches rounds by role and scope: another province's round is 404, a juror reads only their round", async () => {
    const hanoiOfficer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    const juror = ctx.client();
    expect((await juror.signIn(jurorAccount.email, jurorAccount.password)).status).toBe(200);
    const auditor = (await signedIn(ctx, { role: "AUDITOR" })).client;
    const implementer = (await signedIn(ctx, { role: "IMPLEMENTER" })).client;
    const cases: [string, TestClient, string, number][] = [
      ["own province", dongThap, "R-DT", 200],
      ["other province", hanoiOfficer, "R-DT", 404],
      ["other province, own round", hanoiOfficer, "R-HN", 200],
      ["national", central, "R-DT", 200],
      ["auditor", auditor, "R-HN", 200],
      ["juror's round", juror, "R-DT", 200],
      ["juror, another round", juror, "R-HN", 404],
      ["implementer", implementer, "R-DT", 403],
    ];
    for (const [who, client, roundId, status] of cases) {
      const response = await client.get(`/api/v1/selection-rounds/${roundId}/entries`);
      expect({ who, status: response.status }).toEqual({ who, status });
    }
    const listed = await json(await juror.get("/api/v1/selection-rounds/R-DT/entries?q=chieu%20coi"));
    expect(listed.items.map((e: { productName: string }) => e.productName)).toEqual([
      "Chiếu cói in hoa Định Yên",
    ]);
    expect(listed.items[0].actions.update.available).toBe(false);
    const entryId = listed.items[0].id;
    expect((await hanoiOfficer.get(`/api/v1/selection-entries/${entryId}`)).status).toBe(404);
    expect((await juror.post("/api/v1/selection-rounds/R-DT/entries", entryInput())).status).toBe(403);
    expect((await auditor.post(`/api/v1/selection-entries/${entryId}/withdraw`, { version: 1 })).status).toBe(
      403,
    );
    expect((await hanoiOfficer.post("/api/v1/selection-rounds/R-DT/entries", entryInput())).status).toBe(404);
    expect(
      (
        await hanoiOfficer.request("PUT", `/api/v1/selection-entries/${entryId}`, {
          version: 1,
          entry: entryInput(),
        })
      ).status,
    ).toBe(404);
  });

  it("edits with the version read (409 when stale), withdraws, then refuses further edits", async () => {
    const created = await json(
      await dongThap.post(
        "/api/v1/selection-rounds/R-DT/entries",
        entryInput({ productName: "Khay lục bình" }),
      ),
    );
    const path = `/api/v1/selection-entries/${created.id}`;
    const edited = await dongThap.request("PUT", path, {
      version: 1,
      entry: entryInput({ productName: "Khay lục bình đan tay", productGroup: "G4" }),
    });
    expect(edited.status).toBe(200);
    expect((await json(edited)).version).toBe(2);
    const stale = await dongThap.request("PUT", path, {
      version: 1,
      entry: entryInput({ productName: "Khay" }),
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).code).toBe("VERSION_CONFLICT");
    const withdrawn = await json(await dongThap.post(`${path}/withdraw`, { version: 2 }));
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(withdrawn.actions.update.available).toBe(false);
    const after = await dongThap.request("PUT", path, {
      version: 3,
      entry: entryInput({ productName: "Khay" }),
    });
    expect(after.status).toBe(409);
    expect((await json(after)).code).toBe("SELECTION_ENTRIES_CLOSED");
    const [stored] = await ctx.db.select().from(selectionEntry).where(eq(selectionEntry.id, created.id));
    expect(stored?.productName).toBe("Khay lục bình đan tay");
  });
});
