import {
  findNorm,
  KCQG_NORMS_2014,
  nationalSupportNormSets,
  normValidAt,
  type SupportNormSetInput,
  supportCap,
} from "@kc/domain";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, supportNormSet } from "../src/db/schema/index";
import { loadSupportNormSeeds } from "../src/modules/support-norms/load-support-norms";
import { supportNormSets } from "../src/modules/support-norms/support-norms.queries";
import {
  createTestContext,
  DONG_THAP,
  engines,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const SET_2014 = "KCQG_TTLT_26_2014";
const SET_2018 = "KCQG_TT_28_2018_BTC";
const PATH = "/api/v1/support-norm-sets";

/** The 2014 rows as the admin screen would send them (money as decimal strings). */
function rows2014(): SupportNormSetInput["norms"] {
  return KCQG_NORMS_2014.norms.map(({ capDong, noteVi, ...norm }) => ({
    ...norm,
    capDong: capDong === null ? null : capDong.toString(),
    ...(noteVi ? { noteVi } : {}),
  }));
}

/** Version 2 of the 2018 series: the empty seed, filled in (here with the 2014 rows, b1 raised). */
function filled2018(overrides: Partial<SupportNormSetInput> = {}): SupportNormSetInput {
  return {
    id: "KCQG_TT_28_2018_BTC_V2",
    version: 2,
    labelVi: "Mức hỗ trợ khuyến công theo Thông tư 28/2018/TT-BTC",
    legalDocumentKey: "TT_28_2018_BTC",
    fundingLevel: "KCQG",
    provinceId: null,
    validFrom: "2018-05-12",
    validTo: null,
    confidence: "SECONDARY",
    datesConfidence: "UNCONFIRMED",
    noteVi: "Nhập từ văn bản gốc.",
    norms: rows2014().map((norm) =>
      norm.code === "b1"
        ? { ...norm, capDong: "999999999999999999", legalBasis: "Thông tư 28/2018/TT-BTC" }
        : norm,
    ),
    ...overrides,
  };
}

describe.each(engines)("support norms on %s", (engine) => {
  let ctx: TestContext;
  let leader: TestClient;
  let officer: TestClient;

  const rowCount = async () => (await ctx.db.select({ n: count() }).from(supportNormSet))[0]?.n ?? 0;
  const auditCount = async (action: string) =>
    (
      await ctx.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.category, "DATA")))
    )[0]?.n ?? 0;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    leader = (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client;
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  it("requires a session, and documents its routes in the OpenAPI document", async () => {
    expect((await ctx.client().get(PATH)).status).toBe(401);
    const doc = await json(await ctx.app.request("/api/openapi.json"));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/support-norm-sets",
        "/api/v1/support-norm-sets/{id}",
        "/api/v1/support-norm-sets/{id}/close",
      ]),
    );
  });

  it("ships the 2014 joint-circular table and the empty 2018 set, readable by every catalogue reader", async () => {
    const list = await json(await officer.get(PATH));
    expect(list.total).toBe(2);
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([SET_2014, SET_2018]);
    const [set2014, set2018] = list.items;
    expect(set2014).toMatchObject({
      version: 1,
      fundingLevel: "KCQG",
      fundingLevelLabel: "Khuyến công quốc gia",
      provinceId: null,
      validFrom: "2014-04-08",
      validTo: "2018-05-11",
      confidence: "CONFIRMED",
      datesConfidence: "UNCONFIRMED",
      source: "SEED",
      normCount: 25,
      legalDocument: { number: expect.stringContaining("26/2014") },
      applies: false,
    });
    expect(set2018).toMatchObject({ normCount: 0, validTo: null, applies: true });

    const detail = await json(await officer.get(`${PATH}/${SET_2014}`));
    const norm = (code: string) => detail.norms.find((n: { code: string }) => n.code === code);
    // DOMAIN §3.5.1: b1 30 % and 500 m per model; p 1,500 m per CCN; r 3,000 m; s2 2.5 % of the estimate.
    expect(norm("b1")).toMatchObject({
      maxShareBps: 3000,
      capDong: "500000000",
      capUnit: "PER_MODEL",
      capUnitLabel: "mô hình",
      priorityMultiplierMaxBps: 15000,
      legalBasis: "Thông tư liên tịch 26/2014/TTLT-BTC-BCT, Điều 6.2.b",
    });
    expect(norm("p")).toMatchObject({ maxShareBps: 3000, capDong: "1500000000", capUnit: "PER_CCN" });
    expect(norm("r")).toMatchObject({ maxShareBps: null, capDong: "3000000000" });
    expect(norm("g3")).toMatchObject({ capDong: "5000000", capUnit: "PER_PRODUCT" });
    expect(norm("s2")).toMatchObject({
      maxShareBps: 250,
      percentBase: "PROJECT_ESTIMATE",
      capDong: null,
      priorityMultiplierMaxBps: 10000,
    });
    expect(norm("d1").noteVi).toContain("giá trúng thầu");

    expect((await officer.get(`${PATH}/KHONG_CO`)).status).toBe(404);
  });

  it("gives the projects module the seed sets as domain values, equal to the code's", async () => {
    const sets = await supportNormSets(ctx.db, { fundingLevel: "KCQG", provinceId: null });
    expect(sets).toEqual(nationalSupportNormSets);
    const set = normValidAt(sets, "2016-06-01");
    expect(set?.id).toBe(SET_2014);
    const b1 = set ? findNorm(set, "b1") : null;
    expect(b1?.capDong).toBe(500_000_000n);
    if (!b1) throw new Error("b1 missing");
    expect(supportCap({ eligibleCost: 2_000_000_000n }, b1, 15_000).capDong).toBe(600_000_000n);
  });

  it("reloads the seeds without writing anything, and restores a seed row that drifted", async () => {
    const xmin = async () =>
      ctx.db
        .select({ id: supportNormSet.id, xmin: sql<string>`xmin::text` })
        .from(supportNormSet)
        .orderBy(supportNormSet.id);
    const before = await xmin();
    expect(before).toHaveLength(2);
    expect(await loadSupportNormSeeds(ctx.db)).toEqual([]);
    expect(await xmin()).toEqual(before);

    await ctx.db.update(supportNormSet).set({ labelVi: "sửa tay" }).where(eq(supportNormSet.id, SET_2014));
    expect(await loadSupportNormSeeds(ctx.db)).toEqual([SET_2014]);
    const restored = await json(await officer.get(`${PATH}/${SET_2014}`));
    expect(restored.labelVi).toBe(KCQG_NORMS_2014.labelVi);
    expect(await rowCount()).toBe(2);
  });

  it("filters by date, funding level and province; `applies` names the set in force on that date", async () => {
    const on = async (query: string) =>
      (await json(await officer.get(`${PATH}?${query}`))).items.map((s: { id: string; applies: boolean }) => [
        s.id,
        s.applies,
      ]);
    expect(await on("asOf=2016-01-01")).toEqual([[SET_2014, true]]);
    expect(await on("asOf=2018-05-11")).toEqual([[SET_2014, true]]);
    expect(await on("asOf=2018-05-12")).toEqual([[SET_2018, true]]);
    expect(await on("asOf=2013-12-31")).toEqual([]);
    expect(await on("fundingLevel=KCDP")).toEqual([]);
    expect(await on("fundingLevel=KCQG&pageSize=1&page=2")).toEqual([[SET_2018, true]]);
    const bad = await officer.get(`${PATH}?asOf=2018-02-30`);
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].path).toBe("query.asOf");
  });

  it("refuses a new version to central and provincial officers (403), writing nothing but the denial", async () => {
    const central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    for (const client of [central, officer]) {
      const response = await client.post(PATH, filled2018());
      expect(response.status).toBe(403);
      expect((await json(response)).code).toBe("FORBIDDEN");
    }
    expect(await rowCount()).toBe(2);
    const [denied] = await ctx.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, "DENIED:supportNorms.manage"));
    expect(denied?.n).toBe(2);
  });

  it("refuses bad input with Vietnamese messages and writes nothing", async () => {
    const reversed = await leader.post(PATH, filled2018({ validFrom: "2020-01-01", validTo: "2019-01-01" }));
    expect(reversed.status).toBe(400);
    const reversedBody = await json(reversed);
    expect(reversedBody.code).toBe("VALIDATION_FAILED");
    expect(reversedBody.errors.map((e: { message: string }) => e.message)).toContain(
      "Ngày hết hiệu lực trước ngày hiệu lực",
    );

    const [first, ...rest] = filled2018().norms;
    if (!first) throw new Error("no rows to copy");
    const noActivity = await leader.post(
      PATH,
      filled2018({ norms: [{ ...first, activityVi: "  " }, ...rest] }),
    );
    expect(noActivity.status).toBe(400);
    expect((await json(noActivity)).errors).toContainEqual({
      path: "body.norms.0.activityVi",
      message: "Nội dung hỗ trợ không được để trống",
    });
    const notMoney = await leader.post(PATH, filled2018({ norms: [{ ...first, capDong: "1.500.000" }] }));
    expect(notMoney.status).toBe(400);
    expect((await json(notMoney)).errors[0].path).toBe("body.norms.0.capDong");

    // Business rules: 422 with the rule in Vietnamese.
    const overlap = await leader.post(
      PATH,
      filled2018({ id: "KCQG_KHAC", legalDocumentKey: "VAN_BAN_KHAC", version: 1, validFrom: "2017-01-01" }),
    );
    expect(overlap.status).toBe(422);
    const overlapBody = await json(overlap);
    expect(overlapBody.code).toBe("SUPPORT_NORM_SET_OVERLAP");
    expect(overlapBody.detail).toContain("Thông tư liên tịch 26/2014");
    expect(overlapBody.detail).toContain("08/04/2014 – 11/05/2018");

    const local = {
      id: "KCDP_DONG_THAP_2025",
      version: 1,
      fundingLevel: "KCDP" as const,
      legalDocumentKey: "QD_UBND_DONG_THAP_2025",
      labelVi: "Mức hỗ trợ khuyến công địa phương tỉnh Đồng Tháp",
      norms: [],
    };
    const unknown = await leader.post(PATH, filled2018({ ...local, provinceId: "P34-99" }));
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).code).toBe("SUPPORT_NORM_SET_PROVINCE_INVALID");
    // The new Đồng Tháp exists from 01/07/2025 only.
    const early = await leader.post(
      PATH,
      filled2018({ ...local, provinceId: DONG_THAP, validFrom: "2024-01-01" }),
    );
    expect(early.status).toBe(422);
    expect((await json(early)).errors[0]).toMatchObject({ path: "body.provinceId" });

    expect(await rowCount()).toBe(2);
    expect(await auditCount("SUPPORT_NORM_SET_CREATED")).toBe(0);
  });

  it("adds version 2 of the 2018 set as the central leader: 201, audited, and it then applies", async () => {
    const response = await leader.post(PATH, filled2018());
    expect(response.status, await response.clone().text()).toBe(201);
    const created = await json(response);
    expect(created).toMatchObject({
      id: "KCQG_TT_28_2018_BTC_V2",
      version: 2,
      source: "ADMIN",
      normCount: 25,
      applies: true,
      legalDocument: { number: expect.stringContaining("28/2018") },
    });
    // An 18-digit ceiling (beyond 2^53) survives the JSON, the jsonb column and the way back exactly.
    expect(created.norms.find((n: { code: string }) => n.code === "b1").capDong).toBe("999999999999999999");
    const sets = await supportNormSets(ctx.db, { fundingLevel: "KCQG", provinceId: null });
    const applied = normValidAt(sets, "2019-06-01");
    expect(applied?.id).toBe("KCQG_TT_28_2018_BTC_V2");
    expect(applied ? findNorm(applied, "b1")?.capDong : null).toBe(999_999_999_999_999_999n);
    expect(applied ? findNorm(applied, "p")?.capDong : null).toBe(1_500_000_000n);

    const [audit] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "SUPPORT_NORM_SET_CREATED"), eq(auditLog.entityId, created.id)));
    expect(audit).toMatchObject({ entity: "support_norm_set", outcome: "SUCCESS" });
    expect(JSON.stringify(audit?.after)).toContain('"capDong":"999999999999999999"');

    const onDate = await json(await officer.get(`${PATH}?asOf=2019-06-01`));
    expect(onDate.items.map((s: { id: string; applies: boolean }) => [s.id, s.applies])).toEqual([
      [SET_2018, false],
      ["KCQG_TT_28_2018_BTC_V2", true],
    ]);
  });

  it("refuses an id or a version that exists (409) and writes nothing", async () => {
    const sameId = await leader.post(PATH, filled2018({ version: 3 }));
    expect(sameId.status).toBe(409);
    expect(await json(sameId)).toMatchObject({
      code: "SUPPORT_NORM_SET_EXISTS",
      errors: [{ path: "body.id" }],
    });
    const sameVersion = await leader.post(PATH, filled2018({ id: "KCQG_TT_28_2018_BTC_LAN_2" }));
    expect(sameVersion.status).toBe(409);
    expect(await json(sameVersion)).toMatchObject({
      code: "SUPPORT_NORM_SET_EXISTS",
      errors: [{ path: "body.version" }],
    });
    expect(await rowCount()).toBe(3);
  });

  it("closes the 2018 table (all its versions) so that a new document can follow; reloading keeps it closed", async () => {
    const tooEarly = await leader.post(`${PATH}/${SET_2018}/close`, { validTo: "2018-01-01" });
    expect(tooEarly.status).toBe(422);
    expect((await json(tooEarly)).code).toBe("SUPPORT_NORM_SET_CLOSE_INVALID");
    expect((await officer.post(`${PATH}/${SET_2018}/close`, { validTo: "2024-12-31" })).status).toBe(403);

    const closed = await leader.post(`${PATH}/${SET_2018}/close`, { validTo: "2024-12-31" });
    expect(closed.status, await closed.clone().text()).toBe(200);
    expect(await json(closed)).toMatchObject({ validTo: "2024-12-31", source: "ADMIN" });
    const v2 = await json(await officer.get(`${PATH}/KCQG_TT_28_2018_BTC_V2`));
    expect(v2.validTo).toBe("2024-12-31");
    expect(await auditCount("SUPPORT_NORM_SET_CLOSED")).toBe(2);

    const next = await leader.post(
      PATH,
      filled2018({
        id: "KCQG_2025",
        version: 1,
        legalDocumentKey: "TT_MOI_2025",
        labelVi: "Mức hỗ trợ theo văn bản mới",
        validFrom: "2025-01-01",
      }),
    );
    expect(next.status, await next.clone().text()).toBe(201);
    expect((await json(next)).legalDocument).toBeNull();

    expect(await loadSupportNormSeeds(ctx.db)).toEqual([]);
    const seed = await json(await officer.get(`${PATH}/${SET_2018}`));
    expect(seed).toMatchObject({ validTo: "2024-12-31", source: "ADMIN" });
  });

  it("adds a province's KCĐP set and lists it by province", async () => {
    const response = await leader.post(
      PATH,
      filled2018({
        id: "KCDP_DONG_THAP_2025",
        version: 1,
        fundingLevel: "KCDP",
        provinceId: DONG_THAP,
        legalDocumentKey: "QD_UBND_DONG_THAP_2025",
        labelVi: "Mức hỗ trợ khuyến công địa phương tỉnh Đồng Tháp",
        validFrom: "2025-07-01",
      }),
    );
    expect(response.status, await response.clone().text()).toBe(201);
    expect(await json(response)).toMatchObject({ provinceName: "Đồng Tháp", applies: true });
    const listed = await json(await officer.get(`${PATH}?provinceId=${DONG_THAP}`));
    expect(listed.items.map((s: { id: string }) => s.id)).toEqual(["KCDP_DONG_THAP_2025"]);
    const local = await supportNormSets(ctx.db, { fundingLevel: "KCDP", provinceId: DONG_THAP });
    expect(normValidAt(local, "2026-01-01", { fundingLevel: "KCDP", provinceId: DONG_THAP })?.id).toBe(
      "KCDP_DONG_THAP_2025",
    );
  });
});
