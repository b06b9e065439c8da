import type { DataScope, RoleCode } from "@kc/domain";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, fair, fairDocument } from "../src/db/schema/index";
import { pdfBytes } from "./project-support";
import {
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/** A regional fair in Đồng Tháp recorded by Đồng Tháp; override what the test is about. */
function fairInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "Hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Nam",
    level: "REGIONAL",
    kind: "CNNT",
    hostName: "Sở Công Thương Đồng Tháp",
    organiserName: "Trung tâm Khuyến công Đồng Tháp",
    venueUnitId: DONG_THAP,
    venueText: "Quảng trường Văn Miếu",
    startDate: "2026-10-10",
    endDate: "2026-10-14",
    plannedBooths: 200,
    boothPrice: "12000000",
    provinceId: DONG_THAP,
    ...overrides,
  };
}

function attachDocument(client: TestClient, fairId: string, fields: Record<string, unknown>) {
  const form = new FormData();
  form.append("file", new File([pdfBytes()], "danh-sach.pdf"));
  form.append("fields", JSON.stringify(fields));
  return client.request("POST", `/api/v1/fairs/${fairId}/documents`, form);
}

type Expect = { list: number; own: number; other: number; central: number; create: number };
const matrix: { label: string; role: RoleCode; scope?: DataScope; expect: Expect }[] = [
  {
    label: "provincial officer (Đồng Tháp)",
    role: "PROVINCIAL_OFFICER",
    expect: { list: 1, own: 200, other: 404, central: 404, create: 201 },
  },
  {
    label: "provincial leader (Đồng Tháp)",
    role: "PROVINCIAL_LEADER",
    expect: { list: 1, own: 200, other: 404, central: 404, create: 201 },
  },
  {
    label: "central officer",
    role: "CENTRAL_OFFICER",
    expect: { list: 3, own: 200, other: 200, central: 200, create: 201 },
  },
  {
    label: "central leader of the North",
    role: "CENTRAL_LEADER",
    scope: { kind: "REGION", regionCode: "BAC" },
    expect: { list: 1, own: 404, other: 200, central: 404, create: 403 },
  },
  { label: "auditor", role: "AUDITOR", expect: { list: 3, own: 200, other: 200, central: 200, create: 403 } },
  {
    label: "implementer",
    role: "IMPLEMENTER",
    expect: { list: -1, own: 403, other: 403, central: 403, create: 403 },
  },
  {
    label: "system administrator",
    role: "SYSTEM_ADMIN",
    expect: { list: -1, own: 403, other: 403, central: 403, create: 403 },
  },
];

describe.each(engines)("fairs on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let hanoi: TestClient;
  let central: TestClient;
  let ownId: string;
  let otherId: string;
  let centralId: string;

  const fairCount = async () => Number((await ctx.db.select({ n: count() }).from(fair))[0]?.n);

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    const own = await dongThap.post("/api/v1/fairs", fairInput());
    expect(own.status).toBe(201);
    ownId = (await json(own)).id;
    const other = await hanoi.post(
      "/api/v1/fairs",
      fairInput({
        name: "Hội chợ thủ công mỹ nghệ Hà Nội",
        level: "PROVINCIAL",
        kind: "HANDICRAFT",
        venueUnitId: HA_NOI,
        provinceId: HA_NOI,
        startDate: "2026-11-01",
        endDate: "2026-11-03",
      }),
    );
    expect(other.status).toBe(201);
    otherId = (await json(other)).id;
    const national = await central.post(
      "/api/v1/fairs",
      fairInput({ name: "Hội chợ quốc gia", level: "NATIONAL", venueUnitId: HA_NOI, provinceId: null }),
    );
    expect(national.status).toBe(201);
    centralId = (await json(national)).id;
  });
  afterAll(async () => ctx?.close());

  it("records a fair with a server code, three separate counts and the steps it offers", async () => {
    const body = await json(await dongThap.get(`/api/v1/fairs/${ownId}`));
    expect(body.code).toMatch(/^HC-2026-\d{4}$/u);
    expect(body).toMatchObject({
      status: "PLANNED",
      levelLabel: "Cấp khu vực",
      provinceName: expect.stringContaining("Đồng Tháp"),
      counts: { establishments: 0, participations: 0, booths: 0, supportTotal: "0" },
      boothPrice: "12000000",
    });
    expect(body.actions.OPEN_REGISTRATION).toEqual({ available: true, reasons: [] });
    expect(body.actions.REPORT).toBeUndefined();
    const [audit] = await ctx.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ownId), eq(auditLog.action, "FAIR_CREATED")));
    expect(Number(audit?.n)).toBe(1);
  });

  describe.each(matrix)("as $label", ({ role, scope, expect: want }) => {
    let client: TestClient;
    beforeAll(async () => {
      client = (await signedIn(ctx, { role, scope })).client;
    });

    it("lists, reads and creates only within its scope", async () => {
      const list = await client.get("/api/v1/fairs?year=2026&q=hoi%20cho");
      if (want.list < 0) expect(list.status).toBe(403);
      else {
        expect(list.status).toBe(200);
        const ids = (await json(list)).items.map((item: { id: string }) => item.id);
        expect(ids.filter((id: string) => [ownId, otherId, centralId].includes(id))).toHaveLength(want.list);
      }
      expect((await client.get(`/api/v1/fairs/${ownId}`)).status).toBe(want.own);
      expect((await client.get(`/api/v1/fairs/${otherId}`)).status).toBe(want.other);
      expect((await client.get(`/api/v1/fairs/${centralId}`)).status).toBe(want.central);
      const before = await fairCount();
      const created = await client.post("/api/v1/fairs", fairInput());
      expect(created.status).toBe(want.create);
      expect(await fairCount()).toBe(before + (want.create === 201 ? 1 : 0));
    });
  });

  it("filters by level, region of the venue, province and status, and finds text without diacritics", async () => {
    const ids = async (query: string) =>
      (await json(await central.get(`/api/v1/fairs?${query}`))).items.map((item: { id: string }) => item.id);
    expect(await ids("level=PROVINCIAL")).toEqual([otherId]);
    const north = await ids("regionCode=BAC&year=2026");
    expect(north).toContain(otherId);
    expect(north).toContain(centralId);
    expect(north).not.toContain(ownId);
    expect(await ids(`provinceId=${HA_NOI}`)).toEqual([otherId]);
    expect(await ids("q=THU%20CONG%20MY%20NGHE")).toEqual([otherId]);
    expect(await ids("year=2019")).toEqual([]);
  });

  it("shows a fair on every day of the calendar range it overlaps", async () => {
    const items = async (from: string, to: string) =>
      (await json(await dongThap.get(`/api/v1/fairs/calendar?from=${from}&to=${to}`))).items.map(
        (item: { id: string }) => item.id,
      );
    expect(await items("2026-10-14", "2026-10-31")).toContain(ownId);
    expect(await items("2026-10-01", "2026-10-10")).toContain(ownId);
    expect(await items("2026-10-15", "2026-10-31")).not.toContain(ownId);
    const reversed = await dongThap.get("/api/v1/fairs/calendar?from=2026-10-31&to=2026-10-01");
    expect(reversed.status).toBe(400);
  });

  it("refuses bad input with a Vietnamese error naming the field, writing nothing", async () => {
    const before = await fairCount();
    const refused = async (
      overrides: Record<string, unknown>,
      status: number,
      code: string,
      path: string,
    ) => {
      const response = await dongThap.post("/api/v1/fairs", fairInput(overrides));
      const body = await json(response);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(body.code).toBe(code);
      expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
    };
    await refused({ endDate: "2026-10-01" }, 400, "VALIDATION_FAILED", "body.endDate");
    await refused({ plannedBooths: -1 }, 400, "VALIDATION_FAILED", "body.plannedBooths");
    await refused({ plannedBooths: 1.5 }, 400, "VALIDATION_FAILED", "body.plannedBooths");
    await refused({ fundingProjectId: "khong-co" }, 422, "FAIR_REFERENCE_INVALID", "body.fundingProjectId");
    await refused({ provinceId: HA_NOI }, 403, "FAIR_OUT_OF_SCOPE", "body.provinceId");
    await refused({ provinceId: null }, 403, "FAIR_OUT_OF_SCOPE", "body.provinceId");
    await refused({ venueUnitId: "P63-01" }, 422, "FAIR_VENUE_INVALID", "body.venueUnitId");
    await refused({ level: "ABROAD" }, 400, "VALIDATION_FAILED", "body.venueCountryCode");
    expect(await fairCount()).toBe(before);
  });

  it("lets one of two officers editing the same version win; the other gets 409", async () => {
    const { version } = await json(await dongThap.get(`/api/v1/fairs/${ownId}`));
    const first = await dongThap.request(
      "PUT",
      `/api/v1/fairs/${ownId}`,
      fairInput({ plannedBooths: 210, version }),
    );
    expect(first.status).toBe(200);
    const second = await dongThap.request(
      "PUT",
      `/api/v1/fairs/${ownId}`,
      fairInput({ plannedBooths: 220, version }),
    );
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe("VERSION_CONFLICT");
    expect((await json(await dongThap.get(`/api/v1/fairs/${ownId}`))).plannedBooths).toBe(210);
    expect(
      (await hanoi.request("PUT", `/api/v1/fairs/${ownId}`, fairInput({ version: version + 1 }))).status,
    ).toBe(404);
  });

  it("takes the fair through its states: the report needs the confirmed list, a cancellation a reason", async () => {
    const stepOf = async (id: string, code: string, reason: string | null = null) => {
      const { version } = await json(await dongThap.get(`/api/v1/fairs/${id}`));
      return dongThap.post(`/api/v1/fairs/${id}/steps/${code}`, { version, reason });
    };
    expect((await stepOf(ownId, "REPORT")).status).toBe(409);
    expect((await stepOf(ownId, "OPEN_REGISTRATION")).status).toBe(200);
    expect((await hanoi.post(`/api/v1/fairs/${ownId}/steps/MARK_HELD`, { version: 3 })).status).toBe(404);
    const held = await json(await stepOf(ownId, "MARK_HELD"));
    expect(held.status).toBe("HELD");
    expect(held.actions.CANCEL).toBeUndefined();
    expect(held.actions.REPORT.available).toBe(false);
    expect(held.actions.REPORT.reasons[0].code).toBe("FAIR_DOCUMENT_MISSING");
    const early = await stepOf(ownId, "REPORT");
    expect(early.status).toBe(422);
    expect((await json(early)).code).toBe("FAIR_DOCUMENT_MISSING");

    expect((await attachDocument(hanoi, ownId, { kind: "CONFIRMED_LIST" })).status).toBe(404);
    const filed = await attachDocument(dongThap, ownId, { kind: "CONFIRMED_LIST", number: "12/DS-SCT" });
    expect(filed.status).toBe(201);
    const { documentId } = await json(filed);
    expect((await hanoi.get(`/api/v1/fairs/${ownId}/documents/${documentId}/file`)).status).toBe(404);
    const download = await dongThap.get(`/api/v1/fairs/${ownId}/documents/${documentId}/file`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");

    const reported = await json(await stepOf(ownId, "REPORT"));
    expect(reported.status).toBe("REPORTED");
    expect(reported.actions.update.reasons[0].code).toBe("FAIR_CLOSED");
    const { version } = reported;
    const edit = await dongThap.request("PUT", `/api/v1/fairs/${ownId}`, fairInput({ version }));
    expect(edit.status).toBe(409);
    expect((await json(edit)).code).toBe("FAIR_CLOSED");
    const removal = await dongThap.request("DELETE", `/api/v1/fairs/${ownId}/documents/${documentId}`);
    expect(removal.status).toBe(409);
    const [kept] = await ctx.db
      .select({ n: count() })
      .from(fairDocument)
      .where(eq(fairDocument.fairId, ownId));
    expect(Number(kept?.n)).toBe(1);

    const elsewhere = await dongThap.post(`/api/v1/fairs/${otherId}/steps/CANCEL`, {
      version: 1,
      reason: "Thử",
    });
    expect(elsewhere.status).toBe(404);
    const centralCancel = async (reason: string | null) => {
      const { version: v } = await json(await central.get(`/api/v1/fairs/${centralId}`));
      return central.post(`/api/v1/fairs/${centralId}/steps/CANCEL`, { version: v, reason });
    };
    const missing = await centralCancel(null);
    expect(missing.status).toBe(422);
    expect((await json(missing)).code).toBe("FAIR_REASON_REQUIRED");
    const cancelled = await json(await centralCancel("Không đủ đơn vị đăng ký"));
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: "Không đủ đơn vị đăng ký" });
  });
});
