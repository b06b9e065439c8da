import type { DataScope, RoleCode } from "@kc/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, establishment } from "../src/db/schema/index";
import {
  COMMUNE_HA_NOI,
  createTestContext,
  engines,
  establishmentInput,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

type Expect = { list: number; own: number; other: number; create: number };
const matrix: { label: string; role: RoleCode; scope?: DataScope; expect: Expect }[] = [
  {
    label: "provincial officer (Đồng Tháp)",
    role: "PROVINCIAL_OFFICER",
    expect: { list: 200, own: 200, other: 404, create: 201 },
  },
  {
    label: "provincial leader (Đồng Tháp)",
    role: "PROVINCIAL_LEADER",
    expect: { list: 200, own: 200, other: 404, create: 201 },
  },
  {
    label: "central officer",
    role: "CENTRAL_OFFICER",
    expect: { list: 200, own: 200, other: 200, create: 403 },
  },
  {
    label: "central officer of the North",
    role: "CENTRAL_OFFICER",
    scope: { kind: "REGION", regionCode: "BAC" },
    expect: { list: 200, own: 404, other: 200, create: 403 },
  },
  { label: "auditor", role: "AUDITOR", expect: { list: 200, own: 200, other: 200, create: 403 } },
  { label: "implementer", role: "IMPLEMENTER", expect: { list: 403, own: 403, other: 403, create: 403 } },
  {
    label: "system administrator",
    role: "SYSTEM_ADMIN",
    expect: { list: 403, own: 403, other: 403, create: 403 },
  },
];

describe.each(engines)("establishments registry on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let hanoi: TestClient;
  let dongThapId: string;
  let hanoiId: string;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    const a = await dongThap.post("/api/v1/establishments", establishmentInput({ taxCode: "0312345678" }));
    expect(a.status, await a.clone().text()).toBe(201);
    dongThapId = (await json(a)).id;
    const b = await hanoi.post(
      "/api/v1/establishments",
      establishmentInput({
        name: "Hợp tác xã gốm Bát Tràng",
        legalForm: "HTX",
        communeId: COMMUNE_HA_NOI,
        mainProducts: "Gốm sứ",
      }),
    );
    expect(b.status, await b.clone().text()).toBe(201);
    hanoiId = (await json(b)).id;
  });
  afterAll(async () => ctx?.close());

  describe.each(matrix)("as $label", ({ role, scope, expect: e }) => {
    it("sees and writes exactly its scope", async () => {
      const { client } = await signedIn(ctx, { role, scope });
      const list = await client.get("/api/v1/establishments?pageSize=200");
      expect(list.status).toBe(e.list);
      if (list.status === 200) {
        const ids = (await json(list)).items.map((i: { id: string }) => i.id);
        expect(ids.includes(dongThapId)).toBe(e.own === 200);
        expect(ids.includes(hanoiId)).toBe(e.other === 200);
      }
      expect((await client.get(`/api/v1/establishments/${dongThapId}`)).status).toBe(e.own);
      const other = await client.get(`/api/v1/establishments/${hanoiId}`);
      expect(other.status).toBe(e.other);
      if (other.status === 404) expect(await other.text()).not.toContain("Bát Tràng");
      const created = await client.post(
        "/api/v1/establishments",
        establishmentInput({ name: `Cơ sở ${role} ${Math.random()}` }),
      );
      expect(created.status).toBe(e.create);
    });
  });

  it("refuses to write into another province and to change another province's record", async () => {
    const outside = await dongThap.post(
      "/api/v1/establishments",
      establishmentInput({ communeId: COMMUNE_HA_NOI }),
    );
    expect(outside.status).toBe(403);
    expect((await json(outside)).code).toBe("ESTABLISHMENT_OUT_OF_SCOPE");
    const patch = await dongThap.patch(`/api/v1/establishments/${hanoiId}`, {
      version: 1,
      name: "Chiếm đoạt",
    });
    expect(patch.status).toBe(404);
    const [row] = await ctx.db.select().from(establishment).where(eq(establishment.id, hanoiId));
    expect(row?.name).toBe("Hợp tác xã gốm Bát Tràng");
  });

  it("answers precise field errors and writes nothing for bad input", async () => {
    const [before] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(establishment);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "" }, "body.name"],
      [{ legalForm: "CONG_TY" }, "body.legalForm"],
      [{ taxCode: "12345" }, "body.taxCode"],
      [{ industries: [] }, "body.industries"],
      [{ yearData: [{ year: 2025, revenue: "12,5" }] }, "body.yearData.0.revenue"],
      [{ unknownField: 1 }, "body.unknownField"],
    ];
    for (const [override, path] of cases) {
      const response = await dongThap.post("/api/v1/establishments", establishmentInput(override));
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      const paths = (await json(response)).errors.map((e: { path: string }) => e.path);
      expect(paths).toContain(path);
    }
    const invalidCommune = await dongThap.post(
      "/api/v1/establishments",
      establishmentInput({ communeId: "P34-82" }),
    );
    expect(invalidCommune.status).toBe(422);
    const [after] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(establishment);
    expect(after?.n).toBe(before?.n);
  });

  it("keeps tax codes unique in the whole system", async () => {
    const duplicate = await hanoi.post(
      "/api/v1/establishments",
      establishmentInput({ communeId: COMMUNE_HA_NOI, taxCode: "0312345678" }),
    );
    expect(duplicate.status).toBe(409);
    expect((await json(duplicate)).code).toBe("ESTABLISHMENT_TAX_CODE_TAKEN");
  });

  it("refuses a stale version with 409 and keeps the first writer's change", async () => {
    const created = await json(
      await dongThap.post("/api/v1/establishments", establishmentInput({ name: "Cơ sở cơ khí Hòa Long" })),
    );
    const first = await dongThap.patch(`/api/v1/establishments/${created.id}`, {
      version: 1,
      ownerName: "Người Thứ Nhất",
    });
    expect(first.status).toBe(200);
    const second = await dongThap.patch(`/api/v1/establishments/${created.id}`, {
      version: 1,
      ownerName: "Người Thứ Hai",
    });
    expect(second.status).toBe(409);
    const current = await json(await dongThap.get(`/api/v1/establishments/${created.id}`));
    expect(current).toMatchObject({ ownerName: "Người Thứ Nhất", version: 2 });
  });

  it("archives instead of deleting, hides archived records from the default list, and keeps the history", async () => {
    const created = await json(
      await dongThap.post(
        "/api/v1/establishments",
        establishmentInput({ name: "Cơ sở chế biến nông sản Tân Mỹ" }),
      ),
    );
    await dongThap.patch(`/api/v1/establishments/${created.id}`, {
      version: 1,
      mainProducts: "Khô cá lóc, bánh phồng tôm",
    });
    const archived = await dongThap.post(`/api/v1/establishments/${created.id}/archive`, { version: 2 });
    expect(archived.status).toBe(200);
    expect((await json(archived)).abilities).toEqual(["restore"]);
    const edit = await dongThap.patch(`/api/v1/establishments/${created.id}`, {
      version: 3,
      name: "Không được",
    });
    expect((await json(edit)).code).toBe("ESTABLISHMENT_ARCHIVED");
    const active = await json(await dongThap.get("/api/v1/establishments?q=tan%20my"));
    expect(active.items.map((i: { id: string }) => i.id)).not.toContain(created.id);
    const inArchive = await json(await dongThap.get("/api/v1/establishments?q=tan%20my&status=ARCHIVED"));
    expect(inArchive.items.map((i: { id: string }) => i.id)).toContain(created.id);
    const history = await json(await dongThap.get(`/api/v1/establishments/${created.id}/history`));
    expect(history.items.map((h: { action: string }) => h.action)).toEqual([
      "ESTABLISHMENT_CREATED",
      "ESTABLISHMENT_UPDATED",
      "ESTABLISHMENT_ARCHIVED",
    ]);
    expect(history.items[1].changes).toEqual([
      {
        field: "mainProducts",
        label: "Sản phẩm chính",
        before: { text: "Giỏ, lẵng mây tre đan xuất khẩu" },
        after: { text: "Khô cá lóc, bánh phồng tôm" },
      },
    ]);
    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.category, "DATA")));
    expect(audit).toHaveLength(3);
  });

  it("finds records whatever the diacritics, case or normalisation of the search", async () => {
    for (const q of [
      "may tre dan",
      "MÂY TRE ĐAN",
      "Mây tre đan".normalize("NFD"),
      "  mây   tre  ",
      "dong thap",
      "0312345678",
    ]) {
      const found = await json(await dongThap.get(`/api/v1/establishments?q=${encodeURIComponent(q)}`));
      expect({ q, found: found.items.some((i: { id: string }) => i.id === dongThapId) }).toEqual({
        q,
        found: true,
      });
    }
  });

  it("stores and shows the eligibility verdict with its rule set and reasons", async () => {
    const detail = await json(await dongThap.get(`/api/v1/establishments/${dongThapId}`));
    expect(["ELIGIBLE", "NOT_ELIGIBLE", "UNKNOWN"]).toContain(detail.eligibility.verdict);
    expect(detail.eligibility.ruleSet.labelVi.length).toBeGreaterThan(0);
    expect(detail.eligibility.summaryVi).toMatch(/Nghị định 45\/2012\/NĐ-CP|45\/2012/);
    expect(detail.eligibility.results.map((r: { code: string }) => r.code)).toContain("E1");
    expect(detail.eligibility.priorityFlags.map((f: { code: string }) => f.code)).toContain("XUAT_KHAU");
    const filtered = await json(
      await dongThap.get(`/api/v1/establishments?eligibility=${detail.eligibility.verdict}`),
    );
    expect(filtered.items.map((i: { id: string }) => i.id)).toContain(dongThapId);
  });
});
