import type { DataScope, RoleCode } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, fair, fairParticipation } from "../src/db/schema/index";
import { projectInput } from "./project-support";
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
 * Brand support under norm h (issue 15 item 3) and an establishment's trade-promotion tab (item 5): routes ×
 * roles × scope on both engines, the cap of the set in force at the application date, bad input, 409, audit.
 */

type Expect = { list: number; own: number; other: number; create: number; tab: number };
const matrix: { label: string; role: RoleCode; scope?: DataScope; expect: Expect }[] = [
  {
    label: "provincial officer",
    role: "PROVINCIAL_OFFICER",
    expect: { list: 200, own: 200, other: 404, create: 201, tab: 200 },
  },
  {
    label: "provincial leader",
    role: "PROVINCIAL_LEADER",
    expect: { list: 200, own: 200, other: 404, create: 201, tab: 200 },
  },
  {
    label: "central officer",
    role: "CENTRAL_OFFICER",
    expect: { list: 200, own: 200, other: 200, create: 201, tab: 200 },
  },
  {
    label: "central officer of the North",
    role: "CENTRAL_OFFICER",
    scope: { kind: "REGION", regionCode: "BAC" },
    expect: { list: 200, own: 404, other: 200, create: 422, tab: 404 },
  },
  {
    label: "central leader",
    role: "CENTRAL_LEADER",
    expect: { list: 200, own: 200, other: 200, create: 201, tab: 200 },
  },
  { label: "auditor", role: "AUDITOR", expect: { list: 200, own: 200, other: 200, create: 403, tab: 200 } },
  {
    label: "implementer",
    role: "IMPLEMENTER",
    expect: { list: 403, own: 403, other: 403, create: 403, tab: 403 },
  },
  {
    label: "system administrator",
    role: "SYSTEM_ADMIN",
    expect: { list: 403, own: 403, other: 403, create: 403, tab: 403 },
  },
];

function brandInput(establishmentId: string, overrides: Record<string, unknown> = {}) {
  return {
    brandName: "Bánh phồng Sơn Đốc",
    markKind: "INDIVIDUAL",
    establishmentId,
    provinceId: DONG_THAP,
    applicationNumber: "4-2016-01234",
    applicationDate: "2016-03-01",
    registrationNumber: null,
    registrationDate: null,
    year: 2016,
    cost: "100000000",
    supportAmount: "35000000",
    ...overrides,
  };
}

describe.each(engines)("brand support on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let hanoi: TestClient;
  let establishmentId: string;
  let memberId: string;
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
    establishmentId = (
      await json(await dongThap.post("/api/v1/establishments", establishmentInput({ taxCode: "0312345678" })))
    ).id;
    memberId = (
      await json(
        await dongThap.post(
          "/api/v1/establishments",
          establishmentInput({ name: "Cơ sở bánh phồng Út Hiền" }),
        ),
      )
    ).id;
    hanoiEstablishment = (
      await json(
        await hanoi.post(
          "/api/v1/establishments",
          establishmentInput({
            name: "Hợp tác xã gốm Bát Tràng",
            legalForm: "HTX",
            communeId: COMMUNE_HA_NOI,
          }),
        ),
      )
    ).id;
    const own = await dongThap.post("/api/v1/brand-supports", brandInput(establishmentId));
    expect(own.status, await own.clone().text()).toBe(201);
    ownId = (await json(own)).id;
    const other = await hanoi.post(
      "/api/v1/brand-supports",
      brandInput(hanoiEstablishment, {
        brandName: "Gốm Bát Tràng",
        provinceId: HA_NOI,
        cost: "20000000",
        supportAmount: "10000000",
      }),
    );
    expect(other.status, await other.clone().text()).toBe(201);
    otherId = (await json(other)).id;
  });
  afterAll(async () => ctx?.close());

  describe.each(matrix)("$label", ({ role, scope, expect: want }) => {
    it("lists, reads, writes and opens the establishment tab only as its role and scope allow", async () => {
      const { client } = await signedIn(ctx, { role, ...(scope ? { scope } : {}) });
      expect((await client.get("/api/v1/brand-supports")).status).toBe(want.list);
      expect((await client.get(`/api/v1/brand-supports/${ownId}`)).status).toBe(want.own);
      expect((await client.get(`/api/v1/brand-supports/${otherId}`)).status).toBe(want.other);
      const created = await client.post(
        "/api/v1/brand-supports",
        brandInput(establishmentId, { brandName: `Nhãn ${role}` }),
      );
      expect(created.status, await created.clone().text()).toBe(want.create);
      expect((await client.get(`/api/v1/establishments/${establishmentId}/trade-promotion`)).status).toBe(
        want.tab,
      );
    });
  });

  it("caps the support at 50 % and 35 triệu đồng of norm h valid at the application date, and refuses more", async () => {
    const cap = await json(
      await dongThap.get(
        `/api/v1/brand-supports/support-cap?cost=100000000&provinceId=${DONG_THAP}&year=2016&applicationDate=2016-03-01`,
      ),
    );
    expect(cap).toMatchObject({
      normCode: "h",
      capDong: "35000000",
      percentCapDong: "50000000",
      absoluteCapDong: "35000000",
    });
    expect(cap.explanationVi).toContain("50 %");
    const small = await json(
      await dongThap.get(
        `/api/v1/brand-supports/support-cap?cost=40000000&provinceId=${DONG_THAP}&year=2016`,
      ),
    );
    expect(small.capDong).toBe("20000000");
    const above = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, { supportAmount: "35000001" }),
    );
    expect(above.status).toBe(422);
    const problem = await json(above);
    expect(problem.code).toBe("BRAND_SUPPORT_ABOVE_NORM");
    expect(problem.errors).toEqual([
      { path: "supportAmount", message: expect.stringContaining("35.000.000") },
    ]);
    const halfExceeded = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, { cost: "40000000", supportAmount: "20000001" }),
    );
    expect((await json(halfExceeded)).code).toBe("BRAND_SUPPORT_ABOVE_NORM");
    const stored = await json(await dongThap.get(`/api/v1/brand-supports/${ownId}`));
    expect(stored).toMatchObject({
      normCode: "h",
      supportAmount: "35000000",
      cost: "100000000",
      markKindLabel: expect.any(String),
    });
  });

  it("records a brand whose norm set has no numbers for h yet, saying the cap could not be checked", async () => {
    const cap = await json(
      await dongThap.get(
        `/api/v1/brand-supports/support-cap?cost=100000000&provinceId=${DONG_THAP}&year=2024&applicationDate=2024-02-01`,
      ),
    );
    expect(cap.capDong).toBeNull();
    expect(cap.explanationVi).toContain("chưa kiểm tra được");
    const created = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, {
        brandName: "Kẹo dừa Út Hiền",
        applicationDate: "2024-02-01",
        year: 2024,
        supportAmount: "50000000",
      }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    expect((await json(created)).normCode).toBeNull();
  });

  it("refuses a registration before the application, an unknown or foreign establishment and a wrong holder, writing nothing", async () => {
    const before = (await json(await dongThap.get("/api/v1/brand-supports"))).total;
    const dates = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, {
        registrationNumber: "123456",
        registrationDate: "2016-02-01",
        status: "REGISTERED",
      }),
    );
    expect(dates.status).toBe(400);
    expect((await json(dates)).errors).toContainEqual({
      path: "body.registrationDate",
      message: "Ngày cấp văn bằng trước ngày nộp đơn",
    });
    const unknown = await dongThap.post("/api/v1/brand-supports", brandInput("khong-co-co-so-nay"));
    expect(unknown.status).toBe(422);
    expect(await json(unknown)).toMatchObject({
      code: "TRADE_PROMOTION_REFERENCE_INVALID",
      errors: [{ path: "establishmentId", message: expect.stringContaining("Không tìm thấy cơ sở") }],
    });
    const foreign = await dongThap.post("/api/v1/brand-supports", brandInput(hanoiEstablishment));
    expect((await json(foreign)).errors[0].path).toBe("establishmentId");
    const foreignMember = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, {
        establishmentId: null,
        collectiveName: "Hội bánh phồng Sơn Đốc",
        markKind: "COLLECTIVE",
        memberEstablishmentIds: [memberId, hanoiEstablishment],
      }),
    );
    expect((await json(foreignMember)).errors).toEqual([
      { path: "memberEstablishmentIds.1", message: expect.any(String) },
    ]);
    const both = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, { collectiveName: "Hội" }),
    );
    expect(both.status).toBe(400);
    expect((await json(await dongThap.get("/api/v1/brand-supports"))).total).toBe(before);
  });

  it("edits at the version read (409 for the second writer) and writes one audit row per change", async () => {
    const first = await dongThap.request("PUT", `/api/v1/brand-supports/${ownId}`, {
      ...brandInput(establishmentId, {
        registrationNumber: "298765",
        registrationDate: "2017-01-10",
        status: "REGISTERED",
      }),
      version: 1,
    });
    expect(first.status, await first.clone().text()).toBe(200);
    const second = await dongThap.request("PUT", `/api/v1/brand-supports/${ownId}`, {
      ...brandInput(establishmentId),
      version: 1,
    });
    expect(second.status).toBe(409);
    expect((await json(await dongThap.get(`/api/v1/brand-supports/${ownId}`))).status).toBe("REGISTERED");
    const foreignEdit = await dongThap.request("PUT", `/api/v1/brand-supports/${otherId}`, {
      ...brandInput(establishmentId),
      version: 1,
    });
    expect(foreignEdit.status).toBe(404);
    const rows = await ctx.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, "brand_support"),
          eq(auditLog.entityId, ownId),
          eq(auditLog.category, "DATA"),
        ),
      );
    expect(rows.map((r) => r.action).sort()).toEqual(["BRAND_SUPPORT_CREATED", "BRAND_SUPPORT_UPDATED"]);
  });

  it("shows an establishment's fairs, brands (held or as a member) and showrooms on its tab", async () => {
    const collective = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, {
        brandName: "Bánh phồng Sơn Đốc tập thể",
        establishmentId: null,
        collectiveName: "Hội bánh phồng Sơn Đốc",
        markKind: "COLLECTIVE",
        memberEstablishmentIds: [memberId],
      }),
    );
    expect(collective.status, await collective.clone().text()).toBe(201);
    expect((await json(collective)).members).toEqual([{ id: memberId, name: "Cơ sở bánh phồng Út Hiền" }]);
    const showroom = await dongThap.post("/api/v1/showrooms", {
      name: "Điểm giới thiệu bánh phồng Út Hiền",
      kind: "AT_ESTABLISHMENT",
      establishmentId: memberId,
      provinceId: DONG_THAP,
      openedOn: "2022-05-01",
    });
    expect(showroom.status, await showroom.clone().text()).toBe(201);
    // The participation is written by the fairs' use cases; the tab only reads it, so the test writes the rows.
    await ctx.db.insert(fair).values({
      id: "fair-tab",
      code: "HC-2024-0001",
      name: "Hội chợ CNNT khu vực phía Nam 2024",
      level: "REGIONAL",
      kind: "CNNT",
      hostName: "Sở Công Thương Đồng Tháp",
      organiserName: "Trung tâm Khuyến công Đồng Tháp",
      venueUnitId: DONG_THAP,
      startDate: "2024-10-01",
      endDate: "2024-10-05",
      year: 2024,
      searchText: "hoi cho",
      sortKey: "hoi cho",
    });
    await ctx.db.insert(fairParticipation).values({
      id: "participation-tab",
      fairId: "fair-tab",
      establishmentId: memberId,
      provinceId: DONG_THAP,
      abroad: false,
      year: 2024,
      wholeBooths: 2,
      boothRent: 24_000_000n,
      supportShareBps: 8000,
      supportAmount: 19_200_000n,
    });
    const tab = await json(await dongThap.get(`/api/v1/establishments/${memberId}/trade-promotion`));
    expect(tab.fairs).toEqual([
      expect.objectContaining({
        code: "HC-2024-0001",
        wholeBooths: 2,
        supportAmount: "19200000",
        levelLabel: expect.any(String),
      }),
    ]);
    expect(tab.brands).toEqual([
      expect.objectContaining({ brandName: "Bánh phồng Sơn Đốc tập thể", asMember: true }),
    ]);
    expect(tab.showrooms).toEqual([expect.objectContaining({ name: "Điểm giới thiệu bánh phồng Út Hiền" })]);
    const held = await json(await dongThap.get(`/api/v1/establishments/${establishmentId}/trade-promotion`));
    expect(held.brands.every((b: { asMember: boolean }) => !b.asMember)).toBe(true);
    expect((await hanoi.get(`/api/v1/establishments/${memberId}/trade-promotion`)).status).toBe(404);
    const filtered = await json(
      await dongThap.get(`/api/v1/brand-supports?establishmentId=${memberId}&markKind=COLLECTIVE`),
    );
    expect(filtered.items.map((b: { brandName: string }) => b.brandName)).toEqual([
      "Bánh phồng Sơn Đốc tập thể",
    ]);
  });

  it("accepts a national or the province's own project as the paying project, and refuses another province's", async () => {
    const project = await dongThap.post("/api/v1/projects", projectInput(establishmentId));
    expect(project.status, await project.clone().text()).toBe(201);
    const projectId = (await json(project)).id;
    const withProject = await dongThap.post(
      "/api/v1/brand-supports",
      brandInput(establishmentId, { brandName: "Chiếu cói", projectId }),
    );
    expect(withProject.status, await withProject.clone().text()).toBe(201);
    expect((await json(withProject)).project).toMatchObject({ id: projectId });
    const foreign = await hanoi.post(
      "/api/v1/brand-supports",
      brandInput(hanoiEstablishment, {
        provinceId: HA_NOI,
        projectId,
        cost: "20000000",
        supportAmount: "10000000",
      }),
    );
    expect((await json(foreign)).errors).toEqual([{ path: "projectId", message: expect.any(String) }]);
  });
});
