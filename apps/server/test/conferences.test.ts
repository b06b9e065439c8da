import type { RoleCode } from "@kc/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import { docxText, office, pdfinfo, renderedPdf } from "./office-readback";
import { pdfBytes } from "./project-support";
import {
  createTestContext,
  DONG_THAP,
  engines,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const conference = (overrides: Record<string, unknown> = {}) => ({
  regionCode: "NAM",
  ordinal: 16,
  heldOn: "2025-09-12",
  hostProvinceId: DONG_THAP,
  organisers: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công; Sở Công Thương Đồng Tháp",
  nextHostProvinceId: "P34-96",
  periodFrom: "2025-01-01",
  periodTo: "2025-07-31",
  ...overrides,
});

/**
 * Regional conferences through the HTTP API (issue 17 item 7): central staff keep them, everyone of the programme
 * reads them; the host and the flag's province must belong to the region on the day; one ordinal per region;
 * resolutions with their document; the pack (.docx) read back and laid out by LibreOffice.
 */
describe.each(engines)("regional conferences on %s", (engine) => {
  let ctx: TestContext;
  const clients = {} as Record<string, TestClient>;
  let id = "";

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const accounts: [string, RoleCode, Parameters<typeof signedIn>[1]["scope"]][] = [
      ["central", "CENTRAL_OFFICER", { kind: "NATIONAL" }],
      ["southLeader", "CENTRAL_LEADER", { kind: "REGION", regionCode: "NAM" }],
      ["provincial", "PROVINCIAL_OFFICER", { kind: "PROVINCE", provinceId: DONG_THAP }],
      ["otherProvince", "PROVINCIAL_LEADER", { kind: "PROVINCE", provinceId: "P34-01" }],
      ["auditor", "AUDITOR", { kind: "PROVINCE", provinceId: DONG_THAP }],
      ["admin", "SYSTEM_ADMIN", { kind: "NATIONAL" }],
      ["juror", "JUROR", { kind: "SELECTION_MEMBER" }],
    ];
    for (const [name, role, scope] of accounts) clients[name] = (await signedIn(ctx, { role, scope })).client;
  });
  afterAll(async () => ctx?.close());
  const client = (name: string) => clients[name] as TestClient;

  it("lets central staff record a conference and shows its ordinal in Roman numerals", async () => {
    for (const name of ["provincial", "otherProvince", "auditor", "admin", "juror"]) {
      expect((await client(name).post("/api/v1/conferences", conference())).status, name).toBe(403);
    }
    const created = await client("southLeader").post("/api/v1/conferences", conference());
    expect(created.status).toBe(201);
    const page = await json(created);
    id = page.conference.id;
    expect(page.conference).toMatchObject({
      ordinalLabel: "lần thứ XVI",
      title: "Hội nghị khuyến công các tỉnh phía Nam lần thứ XVI năm 2025",
      host: { id: DONG_THAP, name: "Đồng Tháp" },
      nextHost: { id: "P34-96", name: "Cà Mau" },
      year: 2025,
    });
    const audited = rowsOf<{ n: number }>(
      await ctx.db.execute(sql`select count(*)::int as n from audit_log where action = 'CONFERENCE_CREATED'`),
    );
    expect(audited[0]?.n).toBe(1);
  });

  it("lets every reader of the programme read it; others get 403", async () => {
    for (const name of ["central", "southLeader", "provincial", "otherProvince", "auditor"]) {
      expect((await client(name).get(`/api/v1/conferences/${id}`)).status, name).toBe(200);
      expect(
        (await json(await client(name).get("/api/v1/conferences?regionCode=NAM"))).items,
        name,
      ).toHaveLength(1);
    }
    for (const name of ["admin", "juror"]) {
      expect((await client(name).get(`/api/v1/conferences/${id}`)).status, name).toBe(403);
    }
    expect((await client("central").get("/api/v1/conferences/no-such-conference")).status).toBe(404);
  });

  it("refuses a host outside the region on the day, the same province twice, a second ordinal, a stale edit", async () => {
    const hanoi = await client("central").post(
      "/api/v1/conferences",
      conference({ ordinal: 17, hostProvinceId: "P34-01" }),
    );
    expect(hanoi.status).toBe(422);
    expect(await json(hanoi)).toMatchObject({
      code: "CONFERENCE_PROVINCE_INVALID",
      errors: [
        { path: "body.hostProvinceId", message: "Tỉnh không thuộc khu vực phía Nam vào ngày tổ chức" },
      ],
    });
    // Bình Thuận belonged to the South until the 2025 merger: a former province is no host after it.
    const former = await client("central").post(
      "/api/v1/conferences",
      conference({ ordinal: 17, hostProvinceId: "P63-60" }),
    );
    expect((await json(former)).errors[0].message).toBe(
      "Không phải tỉnh, thành phố có hiệu lực vào ngày tổ chức",
    );
    const same = await client("central").post(
      "/api/v1/conferences",
      conference({ ordinal: 17, nextHostProvinceId: DONG_THAP }),
    );
    expect(same.status).toBe(400);
    const period = await client("central").post(
      "/api/v1/conferences",
      conference({ ordinal: 17, periodTo: "2025-07-30" }),
    );
    expect((await json(period)).errors[0].message).toBe("Kỳ số liệu kết thúc vào ngày cuối tháng");
    const twice = await client("central").post("/api/v1/conferences", conference());
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe("CONFERENCE_ORDINAL_TAKEN");
    const edit = await client("central").request("PUT", `/api/v1/conferences/${id}`, {
      ...conference({ venue: "Cao Lãnh" }),
      version: 1,
    });
    expect(edit.status).toBe(200);
    const stale = await client("central").request("PUT", `/api/v1/conferences/${id}`, {
      ...conference(),
      version: 1,
    });
    expect(stale.status).toBe(409);
    const rows = rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from conference`));
    expect(rows[0]?.n).toBe(1);
  });

  it("keeps resolutions with their document and serves the document back", async () => {
    const form = new FormData();
    form.set(
      "fields",
      JSON.stringify({
        text: "Giao Sở Công Thương các tỉnh hoàn thành báo cáo 6 tháng đúng hạn.",
        documentNumber: "12/TB-ĐCK",
      }),
    );
    form.set("file", new File([pdfBytes("ket luan")], "ket-luan.pdf", { type: "application/pdf" }));
    const added = await client("central").request("POST", `/api/v1/conferences/${id}/resolutions`, form);
    expect(added.status).toBe(201);
    const page = await json(added);
    expect(page.resolutions[0]).toMatchObject({
      documentNumber: "12/TB-ĐCK",
      file: { name: "ket-luan.pdf" },
    });
    const file = await client("provincial").get(
      `/api/v1/conferences/${id}/resolutions/${page.resolutions[0].id}/file`,
    );
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdfBytes("ket luan"));
    const textOnly = new FormData();
    textOnly.set("fields", JSON.stringify({ text: "Tỉnh Cà Mau đăng cai hội nghị lần sau." }));
    expect(
      (await client("central").request("POST", `/api/v1/conferences/${id}/resolutions`, textOnly)).status,
    ).toBe(201);
    const bad = new FormData();
    bad.set("fields", JSON.stringify({ text: "x" }));
    bad.set("file", new File(["<html>not a pdf</html>"], "x.pdf"));
    const refused = await client("central").request("POST", `/api/v1/conferences/${id}/resolutions`, bad);
    expect(refused.status).toBe(422);
    expect((await json(refused)).code).toBe("CONFERENCE_FILE_INVALID");
    const provincial = await client("provincial").request(
      "POST",
      `/api/v1/conferences/${id}/resolutions`,
      textOnly,
    );
    expect(provincial.status).toBe(403);
  });

  it("builds the pack (.docx) with the title, the sections, the resolutions and the flag", async () => {
    const response = await client("provincial").get(`/api/v1/conferences/${id}/pack.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    const text = docxText(await response.arrayBuffer());
    expect(text).toContain("HỘI NGHỊ KHUYẾN CÔNG CÁC TỈNH PHÍA NAM LẦN THỨ XVI NĂM 2025");
    expect(text).toContain("1. Kinh phí khuyến công 7 tháng đầu năm 2025 (triệu đồng)");
    expect(text).toContain("Giao Sở Công Thương các tỉnh hoàn thành báo cáo 6 tháng đúng hạn. (12/TB-ĐCK)");
    expect(text).toContain("Cờ luân lưu được trao cho Cà Mau, đơn vị đăng cai hội nghị lần thứ XVII.");
    // Dated by the agency's name on the day (renamed in 2025).
    expect(text).toContain("CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG");
  });

  it.skipIf(!office || !pdfinfo)(
    `is laid out by LibreOffice with every section${office && pdfinfo ? "" : " (skipped: soffice or pdfinfo missing)"}`,
    async () => {
      const response = await client("central").get(`/api/v1/conferences/${id}/pack.docx`);
      const pdf = renderedPdf(await response.arrayBuffer());
      expect(pdf.pages).toBeGreaterThanOrEqual(1);
      expect(pdf.pages).toBeLessThanOrEqual(3);
      for (const heading of [
        "1. Kinh phí khuyến công",
        "2. Tư vấn, dịch vụ",
        "3. Tổ chức và nhân lực",
        "4. Kết luận",
      ]) {
        expect(pdf.text).toContain(heading);
      }
    },
    // LibreOffice starts a whole office suite: minutes on a loaded machine, so its own limit.
    300_000,
  );
});
