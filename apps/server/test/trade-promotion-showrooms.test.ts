import type { DataScope, RoleCode } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { DONG_THAP_CENTRE } from "./project-support";
import {
  COMMUNE_DONG_THAP,
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

/** Showrooms (issue 15 item 3): routes × roles × scope on both engines, bad input, 409, audit rows. */

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
    expect: { list: 200, own: 200, other: 200, create: 201 },
  },
  {
    label: "central officer of the North",
    role: "CENTRAL_OFFICER",
    scope: { kind: "REGION", regionCode: "BAC" },
    // Đồng Tháp lies outside the North: its showroom is not found and cannot be written.
    expect: { list: 200, own: 404, other: 200, create: 422 },
  },
  { label: "auditor", role: "AUDITOR", expect: { list: 200, own: 200, other: 200, create: 403 } },
  { label: "implementer", role: "IMPLEMENTER", expect: { list: 403, own: 403, other: 403, create: 403 } },
  {
    label: "system administrator",
    role: "SYSTEM_ADMIN",
    expect: { list: 403, own: 403, other: 403, create: 403 },
  },
];

export function showroomInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "Phòng trưng bày sản phẩm CNNT tiêu biểu Đồng Tháp",
    kind: "AT_CENTRE",
    centreOrgId: DONG_THAP_CENTRE,
    provinceId: DONG_THAP,
    communeId: COMMUNE_DONG_THAP,
    addressText: "Số 1 đường 30/4",
    productsShown: "Gốm, chiếu cói, bánh phồng",
    openedOn: "2024-03-15",
    supportAmount: "120000000",
    ...overrides,
  };
}

describe.each(engines)("showrooms on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let hanoi: TestClient;
  let dongThapEstablishment: string;
  let hanoiEstablishment: string;
  let ownId: string;
  let otherId: string;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    const a = await dongThap.post("/api/v1/establishments", establishmentInput({ taxCode: "0312345678" }));
    dongThapEstablishment = (await json(a)).id;
    const b = await hanoi.post(
      "/api/v1/establishments",
      establishmentInput({ name: "Hợp tác xã gốm Bát Tràng", legalForm: "HTX", communeId: COMMUNE_HA_NOI }),
    );
    hanoiEstablishment = (await json(b)).id;
    const own = await dongThap.post("/api/v1/showrooms", showroomInput());
    expect(own.status, await own.clone().text()).toBe(201);
    ownId = (await json(own)).id;
    const other = await hanoi.post(
      "/api/v1/showrooms",
      showroomInput({
        name: "Điểm giới thiệu sản phẩm gốm Bát Tràng",
        kind: "AT_ESTABLISHMENT",
        centreOrgId: null,
        establishmentId: hanoiEstablishment,
        provinceId: HA_NOI,
        communeId: COMMUNE_HA_NOI,
        openedOn: "2023-06-01",
      }),
    );
    expect(other.status, await other.clone().text()).toBe(201);
    otherId = (await json(other)).id;
  });
  afterAll(async () => ctx?.close());

  describe.each(matrix)("$label", ({ role, scope, expect: want }) => {
    it("lists, reads and writes only what its role and scope allow", async () => {
      const { client } = await signedIn(ctx, { role, ...(scope ? { scope } : {}) });
      expect((await client.get("/api/v1/showrooms")).status).toBe(want.list);
      expect((await client.get(`/api/v1/showrooms/${ownId}`)).status).toBe(want.own);
      expect((await client.get(`/api/v1/showrooms/${otherId}`)).status).toBe(want.other);
      const created = await client.post(
        "/api/v1/showrooms",
        showroomInput({ name: `Phòng trưng bày ${role}` }),
      );
      expect(created.status, await created.clone().text()).toBe(want.create);
    });
  });

  it("shows the owner, place and money as words and digit strings, and filters by year, kind and folded text", async () => {
    const detail = await json(await dongThap.get(`/api/v1/showrooms/${ownId}`));
    expect(detail).toMatchObject({
      kind: "AT_CENTRE",
      kindLabel: expect.any(String),
      centre: { id: DONG_THAP_CENTRE, name: expect.stringContaining("Đồng Tháp") },
      province: { id: DONG_THAP },
      commune: { id: COMMUNE_DONG_THAP },
      year: 2024,
      supportAmount: "120000000",
      canEdit: true,
    });
    const central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    const byYear = await json(await central.get("/api/v1/showrooms?year=2023"));
    expect(byYear.items.map((s: { id: string }) => s.id)).toEqual([otherId]);
    const byKind = await json(await central.get("/api/v1/showrooms?kind=AT_ESTABLISHMENT"));
    expect(byKind.items.map((s: { id: string }) => s.id)).toContain(otherId);
    expect(byKind.items.map((s: { id: string }) => s.id)).not.toContain(ownId);
    const folded = await json(await central.get(`/api/v1/showrooms?q=${encodeURIComponent("bat trang")}`));
    expect(folded.items.map((s: { id: string }) => s.id)).toEqual([otherId]);
    const provincial = await json(await dongThap.get("/api/v1/showrooms"));
    expect(provincial.items.every((s: { province: { id: string } }) => s.province.id === DONG_THAP)).toBe(
      true,
    );
  });

  it("refuses an unknown or foreign establishment, a commune of another province and dates out of order, writing nothing", async () => {
    const before = await json(await dongThap.get("/api/v1/showrooms"));
    const unknown = await dongThap.post(
      "/api/v1/showrooms",
      showroomInput({ kind: "AT_ESTABLISHMENT", centreOrgId: null, establishmentId: "khong-co-co-so-nay" }),
    );
    expect(unknown.status).toBe(422);
    const problem = await json(unknown);
    expect(problem.code).toBe("SHOWROOM_OWNER_INVALID");
    expect(problem.errors).toEqual([
      { path: "establishmentId", message: expect.stringContaining("Không tìm thấy cơ sở") },
    ]);
    const foreign = await dongThap.post(
      "/api/v1/showrooms",
      showroomInput({ kind: "AT_ESTABLISHMENT", centreOrgId: null, establishmentId: hanoiEstablishment }),
    );
    expect((await json(foreign)).code).toBe("SHOWROOM_OWNER_INVALID");
    const commune = await dongThap.post("/api/v1/showrooms", showroomInput({ communeId: COMMUNE_HA_NOI }));
    expect(commune.status).toBe(422);
    expect((await json(commune)).errors[0].path).toBe("communeId");
    const dates = await dongThap.post("/api/v1/showrooms", showroomInput({ closedOn: "2024-01-01" }));
    expect(dates.status).toBe(400);
    expect(JSON.stringify(await json(dates))).toContain("closedOn");
    const otherProvince = await dongThap.post("/api/v1/showrooms", showroomInput({ provinceId: HA_NOI }));
    expect(otherProvince.status).toBe(422);
    expect((await json(otherProvince)).errors[0].path).toBe("provinceId");
    const after = await json(await dongThap.get("/api/v1/showrooms"));
    expect(after.total).toBe(before.total);
  });

  it("edits at the version read: the second writer with the same version gets 409 and changes nothing", async () => {
    const created = await json(
      await dongThap.post(
        "/api/v1/showrooms",
        showroomInput({
          kind: "AT_ESTABLISHMENT",
          centreOrgId: null,
          establishmentId: dongThapEstablishment,
        }),
      ),
    );
    const first = await dongThap.request("PUT", `/api/v1/showrooms/${created.id}`, {
      ...showroomInput({
        kind: "AT_ESTABLISHMENT",
        centreOrgId: null,
        establishmentId: dongThapEstablishment,
      }),
      productsShown: "Bánh phồng Sơn Đốc",
      version: created.version,
    });
    expect(first.status, await first.clone().text()).toBe(200);
    expect((await json(first)).version).toBe(created.version + 1);
    const second = await dongThap.request("PUT", `/api/v1/showrooms/${created.id}`, {
      ...showroomInput({
        kind: "AT_ESTABLISHMENT",
        centreOrgId: null,
        establishmentId: dongThapEstablishment,
      }),
      productsShown: "Kẹo dừa",
      version: created.version,
    });
    expect(second.status).toBe(409);
    expect((await json(await dongThap.get(`/api/v1/showrooms/${created.id}`))).productsShown).toBe(
      "Bánh phồng Sơn Đốc",
    );
    const rows = await ctx.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, "showroom"),
          eq(auditLog.entityId, created.id),
          eq(auditLog.category, "DATA"),
        ),
      );
    expect(rows.map((r) => r.action).sort()).toEqual(["SHOWROOM_CREATED", "SHOWROOM_UPDATED"]);
    const update = rows.find((r) => r.action === "SHOWROOM_UPDATED");
    expect(update?.after).toMatchObject({ productsShown: "Bánh phồng Sơn Đốc" });
    expect(update?.before).toMatchObject({ productsShown: "Gốm, chiếu cói, bánh phồng" });
  });

  it("answers another province's showroom edit with 404, as if it did not exist", async () => {
    const edit = await dongThap.request("PUT", `/api/v1/showrooms/${otherId}`, {
      ...showroomInput(),
      version: 1,
    });
    expect(edit.status).toBe(404);
  });
});
