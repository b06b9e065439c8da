import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, fair, fairParticipation } from "../src/db/schema/index";
import {
  abroadFair,
  countersAndRecount,
  createEstablishment,
  fairValues,
  insertFairs,
  participantsPath,
  participationBody,
} from "./fair-participation-support";
import {
  createTestContext,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Participations through the HTTP API on both engines: support under the norm valid at the fair's start date,
 * E10 (two supported overseas fairs a year), E9 (one participation per fair, a shared booth paid once), archived
 * establishments, whole booths, versions, the fair's counters kept equal to a recount, every role × scope.
 */
describe.each(engines)("fair participations on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let hanoiOfficer: TestClient;
  let central: TestClient;
  let auditor: TestClient;
  let implementer: TestClient;
  let admin: TestClient;
  const est: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const { seedSampleCommunes } = await import("./support");
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoiOfficer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    auditor = (await signedIn(ctx, { role: "AUDITOR" })).client;
    implementer = (await signedIn(ctx, { role: "IMPLEMENTER" })).client;
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
    for (const name of ["a", "b", "c", "d", "e", "f", "g", "h"])
      est[name] = await createEstablishment(officer, { name: `Cơ sở ${name.toUpperCase()}` });
    await insertFairs(
      ctx,
      fairValues("dt"),
      fairValues("hn", { provinceId: HA_NOI, venueUnitId: HA_NOI }),
      fairValues("central", { provinceId: null, level: "NATIONAL" }),
      fairValues("recent", { startDate: "2024-10-01" }),
      fairValues("held", { status: "HELD" }),
      fairValues("reported", { status: "REPORTED" }),
      abroadFair("jp1", "2017-03-01"),
      abroadFair("jp2", "2017-06-01"),
      abroadFair("jp3", "2017-09-01"),
      abroadFair("jp4", "2016-09-01"),
    );
  });
  afterAll(async () => ctx?.close());

  it("adds a participation under d2 of the set valid at the fair's start, with counters and an audit row", async () => {
    const created = await officer.post(participantsPath("dt"), participationBody(est.a as string));
    expect(created.status).toBe(201);
    const body = await json(created);
    expect(body.participation).toMatchObject({ normCode: "d2", supportAmount: "9600000", version: 1 });
    expect(body.warnings).toEqual([]);
    const page = await json(await officer.get(participantsPath("dt")));
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      establishmentName: "Cơ sở A",
      wholeBooths: 1,
      boothRent: "12000000",
    });
    expect(page.fair).toMatchObject({ participationCount: 1, boothsTaken: 1, supportTotal: "9600000" });
    const audits = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "fair_participation"), eq(auditLog.entityId, body.participation.id)));
    expect(audits.map((a) => a.action)).toEqual(["FAIR_PARTICIPATION_CREATED"]);
  });

  it("refuses support above the norm, naming the field, and writes nothing", async () => {
    const above = await officer.post(
      participantsPath("dt"),
      participationBody(est.b as string, { supportAmount: "9600001" }),
    );
    expect(above.status).toBe(422);
    const problem = await json(above);
    expect(problem.code).toBe("FAIR_SUPPORT_ABOVE_NORM");
    expect(problem.errors[0].path).toBe("body.supportAmount");
    const share = await officer.post(
      participantsPath("dt"),
      participationBody(est.b as string, { supportShareBps: 9000, supportAmount: "1000" }),
    );
    expect((await json(share)).errors[0].path).toBe("body.supportShareBps");
    expect((await json(await officer.get(participantsPath("dt")))).total).toBe(1);
  });

  it("shows the norm and cap before saving, and refuses support where the set of the date has no d2", async () => {
    const check = await officer.post(`/api/v1/fairs/dt/participant-checks`, {
      participation: participationBody(est.b as string, { boothRent: "20000000", wholeBooths: 2 }),
    });
    expect(check.status).toBe(200);
    const answer = await json(check);
    expect(answer.normDate).toBe("2017-10-01");
    expect(answer.cap).toMatchObject({ normCode: "d2", maxShareBps: 8000, capDong: "16000000" });
    expect(answer.problems).toEqual([]);
    // 2024: the 2018 set is in force and holds no rows yet, so no support can be checked against a norm.
    const recent = await officer.post(participantsPath("recent"), participationBody(est.b as string));
    expect(recent.status).toBe(422);
    expect((await json(recent)).code).toBe("FAIR_NORM_MISSING");
    const unsupported = await officer.post(
      participantsPath("recent"),
      participationBody(est.b as string, { supportShareBps: 0, supportAmount: "0" }),
    );
    expect(unsupported.status).toBe(201);
  });

  it("warns at the second supported overseas fair of a year and refuses the third, naming the other two", async () => {
    const abroad = (fairId: string) =>
      officer.post(
        participantsPath(fairId),
        participationBody(est.c as string, {
          boothRent: "50000000",
          supportShareBps: 10000,
          supportAmount: "50000000",
        }),
      );
    expect((await json(await abroad("jp1"))).warnings).toEqual([]);
    const second = await json(await abroad("jp2"));
    expect(second.warnings[0].code).toBe("FAIR_OVERSEAS_LIMIT_REACHED");
    expect(second.participation.normCode).toBe("dd");
    const third = await abroad("jp3");
    expect(third.status).toBe(422);
    const refusal = await json(third);
    expect(refusal.code).toBe("FAIR_OVERSEAS_LIMIT_EXCEEDED");
    expect(refusal.detail).toContain("Hội chợ jp1");
    expect(refusal.detail).toContain("Hội chợ jp2");
    expect(refusal.others.map((o: { fairId: string }) => o.fairId).sort()).toEqual(["jp1", "jp2"]);
    // Another year is another count; attending at one's own cost is never limited.
    expect((await abroad("jp4")).status).toBe(201);
    const ownCost = await officer.post(
      participantsPath("jp3"),
      participationBody(est.c as string, { supportShareBps: 0, supportAmount: "0" }),
    );
    expect(ownCost.status).toBe(201);
  });

  it("refuses a second participation of one establishment, an overpaid shared booth, fractional booths and archived establishments", async () => {
    const again = await officer.post(participantsPath("dt"), participationBody(est.a as string));
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("FAIR_PARTICIPATION_DUPLICATE");
    const shared = (id: string, bps: number, key = "Gian A-12") =>
      officer.post(
        participantsPath("dt"),
        participationBody(id, {
          wholeBooths: 0,
          sharedBoothKey: key,
          sharedBoothShareBps: bps,
          supportAmount: "100",
        }),
      );
    expect((await shared(est.d as string, 6000)).status).toBe(201);
    const over = await shared(est.e as string, 5000, "gian a12");
    expect(over.status).toBe(422);
    expect((await json(over)).code).toBe("FAIR_SHARED_BOOTH_OVERPAID");
    expect((await shared(est.e as string, 4000, "gian a12")).status).toBe(201);
    const fraction = await officer.post(
      participantsPath("dt"),
      participationBody(est.f as string, { wholeBooths: 1.5 }),
    );
    expect(fraction.status).toBe(400);
    const fractionProblem = await json(fraction);
    expect(fractionProblem.errors[0].path).toBe("body.wholeBooths");
    expect(fractionProblem.errors[0].message).toContain("số nguyên");
    const zero = await officer.post(
      participantsPath("dt"),
      participationBody(est.f as string, { wholeBooths: 0 }),
    );
    expect(zero.status).toBe(400);
    const detail = await json(await officer.get(`/api/v1/establishments/${est.h}`));
    expect(
      (await officer.post(`/api/v1/establishments/${est.h}/archive`, { version: detail.version })).status,
    ).toBe(200);
    const archived = await officer.post(participantsPath("dt"), participationBody(est.h as string));
    expect(archived.status).toBe(409);
    expect((await json(archived)).code).toBe("ESTABLISHMENT_ARCHIVED");
    // Q4: two shares of one shared booth are one booth.
    const { counters, recount } = await countersAndRecount(ctx, "dt");
    expect(counters).toEqual(recount);
    expect(counters[1]).toBe(2);
  });

  it("edits with the version read (409 on a stale one), deletes, and takes results only after the fair", async () => {
    const created = await json(
      await officer.post(participantsPath("held"), participationBody(est.a as string)),
    );
    const id = created.participation.id;
    const edit = (version: number) =>
      officer.request("PUT", `${participantsPath("held")}/${id}`, {
        ...participationBody(est.a as string, {
          wholeBooths: 2,
          boothRent: "24000000",
          supportAmount: "19200000",
        }),
        version,
      });
    expect((await edit(1)).status).toBe(200);
    expect((await edit(1)).status).toBe(409);
    const results = await officer.request("PUT", `${participantsPath("held")}/${id}/results`, {
      sales: "150000000",
      contractsSigned: 3,
      contractsValue: "900000000",
      version: 2,
    });
    expect(results.status).toBe(200);
    expect(await json(results)).toMatchObject({ sales: "150000000", contractsSigned: 3, version: 3 });
    const early = await json(await officer.post(participantsPath("dt"), participationBody(est.g as string)));
    const tooEarly = await officer.request(
      "PUT",
      `${participantsPath("dt")}/${early.participation.id}/results`,
      {
        sales: "1",
        version: 1,
      },
    );
    expect(tooEarly.status).toBe(409);
    expect((await json(tooEarly)).code).toBe("FAIR_RESULTS_BEFORE_FAIR");
    const removed = await officer.request("DELETE", `${participantsPath("held")}/${id}?version=3`);
    expect(removed.status).toBe(204);
    const [heldFair] = await ctx.db.select().from(fair).where(eq(fair.id, "held"));
    expect(heldFair).toMatchObject({ participationCount: 0, boothsTaken: 0, supportTotal: 0n });
    const closed = await officer.post(participantsPath("reported"), participationBody(est.a as string));
    expect(closed.status).toBe(409);
    expect((await json(closed)).code).toBe("FAIR_NOT_ACCEPTING_PARTICIPATIONS");
  });

  it("answers another province's fair 404, the central agency's fair to national scope only, and 403 to roles without the ability", async () => {
    for (const path of [participantsPath("dt"), `${participantsPath("dt")}/export`]) {
      expect((await hanoiOfficer.get(path)).status).toBe(404);
      expect((await central.get(path)).status).toBe(200);
      expect((await auditor.get(path)).status).toBe(200);
      expect((await implementer.get(path)).status).toBe(403);
      expect((await admin.get(path)).status).toBe(403);
    }
    expect((await hanoiOfficer.post(participantsPath("dt"), participationBody(est.b as string))).status).toBe(
      404,
    );
    expect((await officer.get(participantsPath("hn"))).status).toBe(404);
    expect((await officer.get(participantsPath("central"))).status).toBe(404);
    expect((await officer.post(participantsPath("central"), participationBody(est.b as string))).status).toBe(
      404,
    );
    expect((await auditor.post(participantsPath("dt"), participationBody(est.b as string))).status).toBe(403);
    // The central officer writes to the central agency's fair with any province's establishment.
    const national = await central.post(participantsPath("central"), participationBody(est.b as string));
    expect(national.status).toBe(201);
    // A Hà Nội officer cannot reach a Đồng Tháp establishment, even for its own fair.
    const foreign = await hanoiOfficer.post(participantsPath("hn"), participationBody(est.b as string));
    expect(foreign.status).toBe(400);
    expect((await json(foreign)).errors[0].path).toBe("body.establishmentId");
    const denied = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "OUT_OF_SCOPE_ACCESS_DENIED"), eq(auditLog.entityId, "dt")));
    expect(denied.length).toBeGreaterThan(0);
  });

  it("keeps the counters equal to a recount under concurrent writes to one fair", async () => {
    await insertFairs(ctx, fairValues("busy"));
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createEstablishment(officer, { name: `Cơ sở song song ${i}` })),
    );
    const writes = await Promise.all(
      ids.map((id, i) =>
        officer.post(
          participantsPath("busy"),
          i % 3 === 0
            ? participationBody(id, {
                wholeBooths: 0,
                sharedBoothKey: `S${i % 2}`,
                sharedBoothShareBps: 2000,
                supportAmount: "1000",
              })
            : participationBody(id, { wholeBooths: 1 + (i % 2), supportAmount: String(1000 * i) }),
        ),
      ),
    );
    expect(writes.map((w) => w.status)).toEqual(ids.map(() => 201));
    const { counters, recount } = await countersAndRecount(ctx, "busy");
    expect(counters).toEqual(recount);
    expect(counters[0]).toBe(12);
    const rows = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(fairParticipation)
      .where(eq(fairParticipation.fairId, "busy"));
    expect(rows[0]?.n).toBe(12);
  });
});
