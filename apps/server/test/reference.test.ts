import type { DataScope, RoleCode } from "@kc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, engines, json, signedIn, type TestContext } from "./support";

const readers: { role: RoleCode; scope?: DataScope }[] = [
  { role: "SYSTEM_ADMIN" },
  { role: "CENTRAL_LEADER" },
  { role: "CENTRAL_OFFICER", scope: { kind: "REGION", regionCode: "BAC" } },
  { role: "PROVINCIAL_LEADER" },
  { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: "P34-01" } },
  { role: "IMPLEMENTER" },
  { role: "AUDITOR" },
];

describe.each(engines)("reference catalogues on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
  });
  afterAll(async () => ctx?.close());

  it.each(readers)("every role reads the catalogues whatever its scope ($role)", async ({ role, scope }) => {
    const { client } = await signedIn(ctx, { role, scope });
    for (const path of [
      "/api/v1/admin-units?asOf=2024-01-01",
      "/api/v1/regions",
      "/api/v1/legal-documents",
      "/api/v1/organisations",
      "/api/v1/catalogues/ACTIVITY_CONTENT",
    ]) {
      expect({ path, status: (await client.get(path)).status }).toEqual({ path, status: 200 });
    }
  });

  it("requires a session for the internal catalogue routes", async () => {
    expect((await ctx.client().get("/api/v1/admin-units")).status).toBe(401);
  });

  it("lists 63 provinces as of 2024-01-01 and 34 as of today, with each new province's predecessors", async () => {
    const { client } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    const before = await json(
      await client.get("/api/v1/admin-units?level=TINH&asOf=2024-01-01&pageSize=100"),
    );
    expect(before.total).toBe(63);
    const after = await json(await client.get("/api/v1/admin-units?level=TINH&pageSize=100"));
    expect(after.total).toBe(34);
    const dongThap = after.items.find((u: { code: string }) => u.code === "82");
    expect(dongThap.name).toBe("Đồng Tháp");
    expect(dongThap.regionCode).toBe("NAM");
    expect(dongThap.predecessors.map((p: { name: string }) => p.name).sort()).toEqual(
      ["Tiền Giang", "Đồng Tháp"].sort(),
    );
    const tienGiang = before.items.find((u: { code: string }) => u.code === "82");
    expect(tienGiang.name).toBe("Tiền Giang");
    expect(tienGiang.successors.map((s: { id: string }) => s.id)).toEqual(["P34-82"]);
    const lamDong = after.items.find((u: { name: string }) => u.name === "Lâm Đồng");
    expect(lamDong.predecessors).toHaveLength(3);
    expect(lamDong.regionCode).toBe("TRUNG_TAY_NGUYEN");
  });

  it("finds provinces without diacritics and rejects an impossible date", async () => {
    const { client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    const found = await json(await client.get("/api/v1/admin-units?q=dong%20thap&asOf=2024-01-01"));
    expect(found.items.map((u: { name: string }) => u.name)).toEqual(["Đồng Tháp"]);
    const nfd = await json(
      await client.get(`/api/v1/admin-units?q=${encodeURIComponent("Đồng".normalize("NFD"))}`),
    );
    expect(nfd.items.map((u: { name: string }) => u.name).sort()).toEqual(
      ["Đồng Nai", "Đồng Tháp", "Lâm Đồng"].sort(),
    );
    const bad = await client.get("/api/v1/admin-units?asOf=2025-02-30");
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].path).toBe("query.asOf");
  });

  it("shows the region membership of its date: Bình Thuận was South, its successor Lâm Đồng is Central", async () => {
    const { client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    const old = await json(await client.get("/api/v1/regions?asOf=2024-01-01"));
    const now = await json(await client.get("/api/v1/regions?asOf=2026-01-01"));
    const count = (regions: { code: string; provinces: unknown[] }[]) =>
      Object.fromEntries(regions.map((r) => [r.code, r.provinces.length]));
    expect(count(old.items)).toEqual({ BAC: 28, TRUNG_TAY_NGUYEN: 15, NAM: 20 });
    expect(count(now.items)).toEqual({ BAC: 18, TRUNG_TAY_NGUYEN: 8, NAM: 8 });
    const south2024 = old.items.find((r: { code: string }) => r.code === "NAM");
    expect(south2024.provinces.map((p: { name: string }) => p.name)).toContain("Bình Thuận");
  });

  it("gives organisations the name they bore on the date asked", async () => {
    const { client } = await signedIn(ctx, { role: "AUDITOR" });
    const nameOn = async (date: string) =>
      (await json(await client.get(`/api/v1/organisations?type=CUC_KHUYEN_CONG&asOf=${date}`))).items[0]
        ?.name;
    expect(await nameOn("2016-05-01")).toBe("Cục Công nghiệp địa phương");
    expect(await nameOn("2018-01-01")).toBe("Cục Công Thương địa phương");
    expect(await nameOn("2026-01-01")).toBe("Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công");
    const sct = await json(
      await client.get("/api/v1/organisations?q=so%20cong%20thuong%20dong%20thap&asOf=2026-01-01"),
    );
    expect(sct.items.map((o: { name: string }) => o.name)).toContain("Sở Công Thương Đồng Tháp");
  });

  it("lists legal documents and dated catalogue entries", async () => {
    const { client } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    const docs = await json(await client.get("/api/v1/legal-documents?q=45/2012"));
    expect(docs.items[0]).toMatchObject({
      number: "45/2012/NĐ-CP",
      typeLabel: "Nghị định",
      confidence: "CONFIRMED",
    });
    const sources2024 = await json(await client.get("/api/v1/catalogues/FUNDING_SOURCE?asOf=2024-01-01"));
    const sources2026 = await json(await client.get("/api/v1/catalogues/FUNDING_SOURCE?asOf=2026-01-01"));
    expect(sources2024.items.map((e: { code: string }) => e.code)).toContain("KCDP_HUYEN");
    expect(sources2026.items.map((e: { code: string }) => e.code)).not.toContain("KCDP_HUYEN");
    expect((await client.get("/api/v1/catalogues/KHONG_CO")).status).toBe(400);
  });

  it("publishes provinces without sign-in, with the units each succeeded and no internal fields", async () => {
    const response = await ctx.app.request("/api/public/admin-units?level=province&asOf=2024-01-01");
    expect(response.status).toBe(200);
    const old = await json(response);
    expect(old.total).toBe(63);
    const now = await json(await ctx.app.request("/api/public/admin-units?level=province"));
    expect(now.total).toBe(34);
    const hcm = now.items.find((u: { code: string }) => u.code === "79");
    expect(hcm.succeeded.map((u: { name: string }) => u.name).sort()).toEqual(
      ["Bà Rịa - Vũng Tàu", "Bình Dương", "Thành phố Hồ Chí Minh"].sort(),
    );
    expect(Object.keys(hcm).sort()).toEqual([
      "code",
      "kind",
      "kindLabel",
      "name",
      "region",
      "succeeded",
      "validFrom",
      "validTo",
    ]);
    expect((await ctx.app.request("/api/public/admin-units?asOf=hom-nay")).status).toBe(400);
  });

  it("rate-limits the public API per client address", async () => {
    const client = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await client.get("/api/public/admin-units?level=province")).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await ctx.client().get("/api/public/admin-units?level=province")).status).toBe(200);
  });
});
