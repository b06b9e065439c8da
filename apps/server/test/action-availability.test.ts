import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildUser,
  createTestContext,
  DONG_THAP,
  engines,
  establishmentInput,
  HA_NOI,
  type Json,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Issue 14, item 2, for the modules other than projects, through HTTP: every action a record's answer offers
 * comes with `{ available, reasons }`; an action reported unavailable is refused by the server with the code of
 * its first reason (and the same words), and one reported available is accepted. Callers: the record's own
 * province, another province, national staff, and readers, who are offered nothing.
 */

/** The action as offered, failing when the answer does not carry it in the shared shape. */
function offered(record: Json, action: string) {
  const entry = record.actions?.[action];
  expect(entry, `${action} offered`).toEqual({ available: expect.any(Boolean), reasons: expect.any(Array) });
  for (const reason of entry.reasons) {
    expect(reason).toEqual({ code: expect.stringMatching(/^[A-Z_]+$/), messageVi: expect.any(String) });
  }
  return entry as { available: boolean; reasons: { code: string; messageVi: string }[] };
}

/** The refusal must be the one the page showed: its code, its every reason in the detail. */
async function expectRefusedAsShown(response: Response, shown: ReturnType<typeof offered>) {
  expect(shown.available).toBe(false);
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
  expect(body.code).toBe(shown.reasons[0]?.code);
  expect(body.detail).toBe(shown.reasons.map((reason) => reason.messageVi).join("; "));
}

describe.each(engines)("actions with their reasons on %s", (engine) => {
  let ctx: TestContext;
  let admin: { client: TestClient; id: string };
  let dongThap: TestClient;
  let hanoi: TestClient;
  let central: TestClient;
  let centralLeader: TestClient;
  let auditor: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    const signedAdmin = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    admin = { client: signedAdmin.client, id: signedAdmin.user.id };
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    centralLeader = (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client;
    auditor = (await signedIn(ctx, { role: "AUDITOR" })).client;
  });
  afterAll(async () => ctx?.close());

  it("accounts: every row offers its actions; disabling oneself or twice is refused as shown, the rest accepted", async () => {
    // An account of its own to disable: disabling ends sessions, and the other tests' clients need theirs.
    const target = await buildUser(ctx, { role: "AUDITOR", name: "Người Được Khóa" });
    const page = await json(await admin.client.get("/api/v1/users?pageSize=100"));
    expect(page.items.length).toBeGreaterThan(5);
    for (const row of page.items) {
      for (const action of ["edit", "revokeSessions", "resetPassword"])
        expect(offered(row, action).available).toBe(true);
      // Disable on an active account, enable on a disabled one: never both.
      expect(Object.keys(row.actions).filter((a) => a === "disable" || a === "enable")).toEqual([
        row.disabled ? "enable" : "disable",
      ]);
    }
    const me = page.items.find((row: Json) => row.id === admin.id);
    const selfDisable = offered(me, "disable");
    expect(selfDisable.reasons.map((r) => r.code)).toEqual(["USER_CANNOT_DISABLE_SELF"]);
    await expectRefusedAsShown(
      await admin.client.post(`/api/v1/users/${admin.id}/disable`, { version: me.version }),
      selfDisable,
    );

    const other = page.items.find((row: Json) => row.id === target.id);
    expect(offered(other, "disable").available).toBe(true);
    const disabled = await admin.client.post(`/api/v1/users/${other.id}/disable`, { version: other.version });
    expect(disabled.status).toBe(200);
    const after = await json(disabled);
    expect(after.disabled).toBe(true);
    expect(after.actions.disable).toBeUndefined();
    expect(offered(after, "enable").available).toBe(true);
    // Disabling twice (a stale page): refused for the reason the rule gives, nothing changed.
    const twice = await admin.client.post(`/api/v1/users/${other.id}/disable`, { version: after.version });
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe("USER_STATUS_UNCHANGED");
    const enabled = await admin.client.post(`/api/v1/users/${other.id}/enable`, { version: after.version });
    expect(enabled.status).toBe(200);
    expect(offered(await json(enabled), "disable").available).toBe(true);

    // Readers of accounts are offered nothing, and the server refuses them.
    const read = await json(await centralLeader.get(`/api/v1/users/${other.id}`));
    expect(read.actions).toEqual({});
    const refused = await centralLeader.post(`/api/v1/users/${other.id}/disable`, { version: read.version });
    expect(refused.status).toBe(403);
  });

  it("establishments: own province is offered edit and archive, then edit greyed until restored; others nothing", async () => {
    const created = await dongThap.post(
      "/api/v1/establishments",
      establishmentInput({ taxCode: "0319876543" }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    let record = await json(created);
    expect(offered(record, "update").available).toBe(true);
    expect(offered(record, "archive").available).toBe(true);
    expect(record.actions.restore).toBeUndefined();

    const archived = await dongThap.post(`/api/v1/establishments/${record.id}/archive`, {
      version: record.version,
    });
    expect(archived.status).toBe(200);
    record = await json(archived);
    const update = offered(record, "update");
    expect(update.reasons.map((r) => r.code)).toEqual(["ESTABLISHMENT_ARCHIVED"]);
    expect(offered(record, "restore").available).toBe(true);
    expect(record.actions.archive).toBeUndefined();
    await expectRefusedAsShown(
      await dongThap.patch(`/api/v1/establishments/${record.id}`, {
        version: record.version,
        name: "Tên mới",
      }),
      update,
    );
    // Archiving twice is refused too, with the code of the rule.
    const twice = await dongThap.post(`/api/v1/establishments/${record.id}/archive`, {
      version: record.version,
    });
    expect((await json(twice)).code).toBe("ESTABLISHMENT_ARCHIVED");

    const restored = await dongThap.post(`/api/v1/establishments/${record.id}/restore`, {
      version: record.version,
    });
    expect(restored.status).toBe(200);
    record = await json(restored);
    expect(offered(record, "update").available).toBe(true);
    const edited = await dongThap.patch(`/api/v1/establishments/${record.id}`, {
      version: record.version,
      name: "Cơ sở đã khôi phục",
    });
    expect(edited.status).toBe(200);

    // Another province does not see it; national staff and auditors read it and are offered nothing.
    expect((await hanoi.get(`/api/v1/establishments/${record.id}`)).status).toBe(404);
    for (const reader of [central, auditor]) {
      const seen = await json(await reader.get(`/api/v1/establishments/${record.id}`));
      expect(seen.actions).toEqual({});
    }
    const refused = await central.post(`/api/v1/establishments/${record.id}/archive`, { version: 3 });
    expect(refused.status).toBe(403);
  });

  it("norm sets: closing is offered with the reason no end date would do, and the server agrees", async () => {
    const list = await json(await centralLeader.get("/api/v1/support-norm-sets?pageSize=100"));
    expect(list.items.length).toBeGreaterThan(0);
    for (const set of list.items) {
      expect(offered(set, "copy").available).toBe(true);
      offered(set, "close");
    }
    // A one-day provincial table cannot be shortened any further.
    const oneDay = await centralLeader.post("/api/v1/support-norm-sets", {
      id: "KCDP_DONG_THAP_MOT_NGAY",
      version: 1,
      labelVi: "Định mức khuyến công địa phương Đồng Tháp (một ngày)",
      legalDocumentKey: "QD_THU_MOT_NGAY",
      fundingLevel: "KCDP",
      provinceId: DONG_THAP,
      validFrom: "2026-01-05",
      validTo: "2026-01-05",
      confidence: "SECONDARY",
      datesConfidence: "UNCONFIRMED",
      noteVi: "",
      norms: [],
    });
    expect(oneDay.status, await oneDay.clone().text()).toBe(201);
    const set = await json(oneDay);
    const close = offered(set, "close");
    expect(close.reasons.map((r) => r.code)).toEqual(["SUPPORT_NORM_SET_CLOSE_INVALID"]);
    await expectRefusedAsShown(
      await centralLeader.post(`/api/v1/support-norm-sets/${set.id}/close`, { validTo: "2026-01-05" }),
      close,
    );

    const open = list.items.find((item: Json) => item.validTo === null && item.fundingLevel === "KCQG");
    expect(offered(open, "close").available).toBe(true);
    const closed = await centralLeader.post(`/api/v1/support-norm-sets/${open.id}/close`, {
      validTo: "2099-12-31",
    });
    expect(closed.status, await closed.clone().text()).toBe(200);

    // Everyone else reads norms and is offered nothing.
    const read = await json(await dongThap.get(`/api/v1/support-norm-sets/${open.id}`));
    expect(read.actions).toEqual({});
  });

  it("plans: managers in scope are offered revising, readers nothing, another province not even the plan", async () => {
    const created = await dongThap.post("/api/v1/annual-plans", {
      unitId: DONG_THAP,
      year: 2026,
      programmeId: "CT-KCQG-2026-2030",
      decisionNumber: "12/QĐ-UBND",
      decisionDate: "2026-01-10",
      noteVi: "",
      lines: [{ source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: "3000000000" }],
    });
    const body = await json(created);
    if (created.status !== 201) throw new Error(JSON.stringify(body));
    const plan = await json(await dongThap.get(`/api/v1/annual-plans/${body.id}`));
    expect(offered(plan, "revise").available).toBe(true);
    const revised = await dongThap.post(`/api/v1/annual-plans/${plan.id}/revisions`, {
      version: plan.version,
      decisionNumber: "34/QĐ-UBND",
      decisionDate: "2026-06-01",
      noteVi: "Điều chỉnh",
      lines: [{ source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: "3500000000" }],
    });
    expect(revised.status, await revised.clone().text()).toBeLessThan(300);
    expect(
      offered(await json(await central.get(`/api/v1/annual-plans/${plan.id}`)), "revise").available,
    ).toBe(true);
    expect((await json(await auditor.get(`/api/v1/annual-plans/${plan.id}`))).actions).toEqual({});
    expect((await hanoi.get(`/api/v1/annual-plans/${plan.id}`)).status).toBe(404);
  });
});
